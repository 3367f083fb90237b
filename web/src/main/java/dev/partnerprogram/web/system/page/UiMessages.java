package dev.partnerprogram.web.system.page;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.common.Message;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts in the user's language. The domain explains its refusals in plain English for the API; here each known
 * explanation is matched and told again from the message bundle, so a Russian user never reads the English one.
 */
@Component
public class UiMessages {

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
        Function<Matcher, Object[]> enrollmentState = m -> new Object[] {labels.of("enrollment.state", m.group(1))};
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
                rule("The file's content is not a valid \\.(\\w+) file", "upload.contentMismatch", groups),
                rule("is required: .*", "error.required", NO_ARGS),
                rule("must be a date( like .*)?", "error.date", NO_ARGS),
                rule("no such course in the catalogue", "error.training.noCourse", NO_ARGS),
                rule("the course has no session open for enrolment", "error.training.noSession", NO_ARGS),
                rule("no such session of this course", "error.training.noSuchSession", NO_ARGS),
                rule("the session has already started \\((.*)\\)", "error.training.sessionStarted", groups),
                rule("the session is full; choose another session", "error.training.sessionFull", NO_ARGS),
                rule("must be a sum of 0 or more with at most 2 decimals", "error.training.amount", NO_ARGS),
                rule("the University fund pays only for Directum University courses", "error.training.fundOnlyUniversity", NO_ARGS),
                rule("nothing is left in the University fund this partner year", "error.training.fundEmpty", NO_ARGS),
                rule("the University fund may pay at most (\\d+)% of the price, that is (.*)", "error.training.fundCap", groups),
                rule("only (.*) is left in the University fund this partner year", "error.training.fundLeft", groups),
                rule("an employee who did not come has no score", "error.training.noShowScore", NO_ARGS),
                rule("The employee is already enrolled in this course", "conflict.training.alreadyEnrolled", NO_ARGS),
                rule("The enrolment is already (\\w+)", "conflict.training.final", enrollmentState),
                rule("The session has started; the enrolment can no longer be cancelled", "conflict.training.tooLate", NO_ARGS),
                rule("The enrolment is (\\w+); this step is not possible now", "conflict.training.stepNotPossible", enrollmentState),
                rule("is required to schedule the exam", "error.cert.dateRequired", NO_ARGS),
                rule("must be between today and a year from now", "error.cert.dateRange", NO_ARGS),
                rule("the exam takes place on (.*); record the result after it", "error.cert.tooEarly", groups),
                rule("The specialist is already registered for an exam in this track", "conflict.cert.alreadyRegistered", NO_ARGS),
                rule("no course (.*) in the catalogue", "error.designation.noCourse", groups),
                rule("solutions and support arrangements are evidence for DEVELOPER_PARTNER", "error.designation.tcEvidence", NO_ARGS),
                rule("a platform and courses are evidence for TRAINING_CENTER", "error.designation.dpEvidence", NO_ARGS),
                rule("A designation is held on top of a partner status; the company has none yet", "conflict.designation.noStatus", NO_ARGS),
                rule("The company already has an application for (\\w+) in progress", "conflict.designation.inProgress", NO_ARGS),
                rule("no partner has this tax id", "error.payment.taxId", NO_ARGS),
                rule("no partner has the tax id (.*)", "error.payment.taxIdValue", groups),
                rule("no such partner", "error.payment.partner", NO_ARGS),
                rule("must not be in the future", "error.payment.future", NO_ARGS),
                rule("must be more than 0", "error.payment.positive", NO_ARGS),
                rule("must have at most 2 decimals( \\(kopecks\\))?", "error.payment.kopecks", NO_ARGS),
                rule("is too large", "error.payment.tooLarge", NO_ARGS),
                rule("a payment with this reference is already recorded for the partner|is already recorded for the partner",
                        "error.payment.duplicate", NO_ARGS),
                rule("must be SOFTWARE or SUBSCRIPTION", "error.payment.kind", NO_ARGS),
                rule("must be a number like .*|must be an amount like .*", "error.payment.number", NO_ARGS),
                rule("appears twice in the file for the same partner", "error.payment.twice", NO_ARGS),
                rule("the column (\\w+) is missing; expected .*", "error.payment.column", groups),
                rule("the file is empty; expected the header .*", "error.payment.emptyFile", NO_ARGS),
                rule("the file has a header but no payments", "error.payment.noLines", NO_ARGS),
                rule("at most (\\d+) payments per file", "error.payment.tooManyLines", groups),
                rule("must be a UTF-8 text \\(CSV\\) file", "error.payment.notText", NO_ARGS),
                rule("use 2 to 40 capital letters, digits and dashes", "error.course.code", NO_ARGS),
                rule("must be between 0 and ([\\d.]+)", "error.course.price", groups),
                rule("only Directum University courses have a programme", "error.course.programme", NO_ARGS),
                rule("cannot change: enrolments were priced by it; create a new course instead", "error.course.kind", NO_ARGS),
                rule("A course with the code (.*) already exists", "error.course.exists", groups),
                rule("must be in the future", "error.session.future", NO_ARGS),
                rule("must not be before the start date", "error.session.endBeforeStart", NO_ARGS),
                rule("the dates of a scheduled session cannot change; schedule a new session", "error.session.dates", NO_ARGS),
                rule("must not be less than the (\\d+) confirmed participants", "error.session.seats", groups),
                rule("the partner is not a Certified Training Center", "error.session.notTrainingCenter", NO_ARGS),
                rule("is required when the vendor teaches the session", "error.session.trainerName", NO_ARGS),
                rule("the next tier for the company is (\\w+)", "error.upgrade.nextTier", partnerStatus),
                rule("the company has no partner status yet: apply for AUTHORIZED first", "error.upgrade.noStatus", NO_ARGS),
                rule("the company already holds the highest tier, GENERAL", "error.upgrade.highest", NO_ARGS),
                rule("The company already has an upgrade application in progress", "conflict.upgrade.inProgress", NO_ARGS),
                rule("The free consultation hours of (\\S+) are used up: (\\d+) of (\\d+) hours are left, so (\\d+) cannot be logged",
                        "conflict.consultation.usedUp", groups),
                rule("must be a whole number of hours from 1 to (\\d+)", "error.consultation.hours", groups),
                rule("Only (\\d+) of the (\\d+) free licences of this partner year are left; (\\d+) cannot be requested",
                        "conflict.licences.left", groups),
                rule("must be from 1 to (\\d+)", "error.range", groups),
                rule("is required to (reject a request|reject a project|lower the tier)", "error.commentRequired", NO_ARGS),
                rule("must not be before the start", "error.project.endBeforeStart", NO_ARGS),
                rule("add at least one line", "error.calculator.noLines", NO_ARGS),
                rule("must be the username of a vendor manager or reviewer", "error.plan.manager", NO_ARGS),
                rule("You have already voted on this application; each committee member votes once", "conflict.committee.votedTwice",
                        NO_ARGS),
                rule("Only managers sit on the committee", "forbidden.committee", NO_ARGS));
    }

    public String get(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    public String getOrDefault(String code, String fallback) {
        return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
    }

    /** The domain's message in the user's language, by its code; a message still worded as a sentence is matched. */
    public String explain(Message message) {
        try {
            return messages.getMessage(message, LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException e) {
            return explain(message.english());
        }
    }

    /** The domain's explanation in the user's language; one we do not know yet is shown as it came. */
    public String explain(String domainMessage) {
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
