package dev.partnerprogram.ui;

import dev.partnerprogram.web.Labels;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The notes that the system itself writes into histories (a document's kind and name, a withdrawal's cause, a missed
 * deadline) in the reader's language. What people wrote, such as a reviewer's comment, matches none and stays as is.
 */
@Component("texts")
public class SystemTexts {

    private record Rule(Pattern pattern, String code, Function<Matcher, Object[]> args) {}

    private final MessageSource messages;
    private final List<Rule> rules;

    SystemTexts(MessageSource messages, Labels labels, Formats formats) {
        this.messages = messages;
        this.rules = List.of(
                new Rule(Pattern.compile("(ATTACHMENT|AGREEMENT): (.+)"), "text.document",
                        m -> new Object[] {labels.of("document.kind", m.group(1)), m.group(2)}),
                new Rule(Pattern.compile("withdrawn by the partner"), "text.withdrawnByPartner", m -> new Object[0]),
                new Rule(Pattern.compile("no answer to the rework request within (\\S+)"), "text.reworkTimeout",
                        m -> new Object[] {days(m.group(1))}),
                new Rule(Pattern.compile("application (\\d+) approved, agreement signed, basic training passed"), "text.statusGranted",
                        m -> new Object[] {m.group(1)}),
                new Rule(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\S+Z"), "text.deadline",
                        m -> new Object[] {formats.dateTime(Instant.parse(m.group()))}));
    }

    public String of(String text) {
        if (text == null) {
            return null;
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.matches()) {
                try {
                    return messages.getMessage(rule.code(), rule.args().apply(matcher), LocaleContextHolder.getLocale());
                } catch (DateTimeParseException e) {
                    return text;
                }
            }
        }
        return text;
    }

    private static Object days(String isoDuration) {
        try {
            return Duration.parse(isoDuration).toDays();
        } catch (DateTimeParseException e) {
            return isoDuration;
        }
    }
}
