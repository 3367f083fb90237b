package dev.partnerprogram.ui;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.web.Labels;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts in the user's language. The domain explains its refusals in plain English for the API; here each known
 * explanation is matched and told again from the message bundle, so a Russian user never reads the English one.
 */
@Component
class UiMessages {

    private record Rule(Pattern pattern, String code, Function<Matcher, Object[]> args) {}

    private static final Function<Matcher, Object[]> NO_ARGS = m -> new Object[0];

    private final MessageSource messages;
    private final Labels labels;
    private final List<Rule> rules;

    UiMessages(MessageSource messages, Labels labels) {
        this.messages = messages;
        this.labels = labels;
        Function<Matcher, Object[]> groups = m -> {
            Object[] result = new Object[m.groupCount()];
            for (int i = 0; i < result.length; i++) {
                result[i] = m.group(i + 1);
            }
            return result;
        };
        Function<Matcher, Object[]> state = m -> new Object[] {stateLabel(m.group(1))};
        Function<Matcher, Object[]> partnerStatus = m -> new Object[] {labels.of("partner.status", m.group(1))};
        this.rules = List.of(
                rule("is required", "error.required", NO_ARGS),
                rule("is required for this decision", "error.commentRequired", NO_ARGS),
                rule("must have at most (\\d+) characters", "error.maxLength", groups),
                rule("must have at least (\\d+) characters", "error.minLength", groups),
                rule("is not a valid e-mail address", "error.email", NO_ARGS),
                rule("is not a valid web address", "error.website", NO_ARGS),
                rule("is not a valid phone number", "error.phone", NO_ARGS),
                rule("must be 10 or 12 digits", "error.taxId", NO_ARGS),
                rule("choose at least one planned activity", "error.activities", NO_ARGS),
                rule("must be between (\\d+) and (\\d+)", "error.between", groups),
                rule("must be a whole number", "error.integer", NO_ARGS),
                rule("must be (one of|among) .*|must be PASSED or FAILED", "error.choice", NO_ARGS),
                rule("upload the signed partner agreement first", "error.agreementMissing", NO_ARGS),
                rule("the file is empty", "error.fileEmpty", NO_ARGS),
                rule("the file has no (usable )?name", "error.fileName", NO_ARGS),
                rule("only AUTHORIZED applications are open.*", "error.onlyAuthorized", NO_ARGS),
                rule("A user with this e-mail is already registered", "conflict.emailTaken", NO_ARGS),
                rule("A company with this tax id is already registered", "conflict.taxIdTaken", NO_ARGS),
                rule("The task is (?:already )?claimed by (.+)", "conflict.taskClaimed", groups),
                rule("The task is already completed", "conflict.taskCompleted", NO_ARGS),
                rule("The task was completed by someone else at the same time", "conflict.taskCompleted", NO_ARGS),
                rule("The application is already (\\w+)", "conflict.applicationFinal", state),
                rule("The application is (\\w+); no more documents", "conflict.noMoreDocuments", state),
                rule("The application is (\\w+); this step is not possible now", "conflict.stepNotPossible", state),
                rule("The company already holds the status (\\w+)", "conflict.alreadyHoldsStatus", partnerStatus),
                rule("The company already has an application in progress", "conflict.applicationInProgress", NO_ARGS),
                rule("The file is larger than the limit of (\\d+) MB", "upload.tooLarge", groups),
                rule("Files of type '(.*)' are not accepted; allowed: (.*)", "upload.typeNotAccepted", groups),
                rule("The file's content is not a valid \\.(\\w+) file", "upload.contentMismatch", groups));
    }

    String get(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    String getOrDefault(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }

    /** The domain's explanation in the user's language; one we do not know yet is shown as it came. */
    String explain(String domainMessage) {
        if (domainMessage == null) {
            return get("error.generic");
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(domainMessage);
            if (matcher.matches()) {
                return get(rule.code(), rule.args().apply(matcher));
            }
        }
        return domainMessage;
    }

    private String stateLabel(String code) {
        try {
            return labels.stage(ApplicationState.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static Rule rule(String regex, String code, Function<Matcher, Object[]> args) {
        return new Rule(Pattern.compile(regex), code, args);
    }
}
