package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts in the user's language, from the message bundles: the pages' own and the domain's error texts. */
@Component
public class UiMessages {
    private static final Logger log = LoggerFactory.getLogger(UiMessages.class);
    private static final String GENERIC = "problem.generic";

    private final MessageSource messages;

    UiMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    public String getOrDefault(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }

    /** A domain message (a field violation's, a line's) in the user's language. */
    public String text(MessageSourceResolvable message) {
        try {
            return messages.getMessage(message, LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException e) {
            // The bundle tests keep this from happening; should a code slip through, the user still reads a sentence.
            log.warn("No text for the message code {}", Arrays.toString(message.getCodes()));
            return get(GENERIC);
        }
    }

    /** A refusal in the user's language; invalid input is told field by field. */
    public String text(ProblemException e) {
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            return invalid.violations().stream().map(v -> text(v.message())).distinct().collect(Collectors.joining("; "));
        }
        return text((MessageSourceResolvable) e);
    }
}
