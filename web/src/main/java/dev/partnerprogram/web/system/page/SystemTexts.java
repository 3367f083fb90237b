package dev.partnerprogram.web.system.page;

import dev.partnerprogram.certification.CertificationTrack;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
                new Rule(Pattern.compile("(.+), (" + Arrays.stream(CertificationTrack.values()).map(Enum::name)
                        .collect(Collectors.joining("|")) + ")"), "text.examRegistration",
                        m -> new Object[] {m.group(1), labels.of("track", m.group(2))}),
                new Rule(Pattern.compile("withdrawn by the partner"), "text.withdrawnByPartner", m -> new Object[0]),
                new Rule(Pattern.compile("closed: agreement (\\S+) suspended on (\\S+)"), "text.closedAgreementSuspended",
                        m -> new Object[] {m.group(1), formats.date(java.time.LocalDate.parse(m.group(2)))}),
                new Rule(Pattern.compile("closed: agreement (\\S+) terminated on (\\S+)"), "text.closedAgreementTerminated",
                        m -> new Object[] {m.group(1), formats.date(java.time.LocalDate.parse(m.group(2)))}),
                new Rule(Pattern.compile("(FREE_SEAT|PARTNER_DISCOUNT|FULL_PRICE), price (\\S+), fund (\\S+), due (\\S+)"),
                        "text.enrollmentQuote", m -> new Object[] {labels.of("pricing", m.group(1)),
                                formats.money(new java.math.BigDecimal(m.group(2))), formats.money(new java.math.BigDecimal(m.group(3))),
                                formats.money(new java.math.BigDecimal(m.group(4)))}),
                new Rule(Pattern.compile("no answer to the rework request within (\\S+)"), "text.reworkTimeout",
                        m -> new Object[] {days(m.group(1))}),
                new Rule(Pattern.compile("application (\\d+) approved, agreement signed, basic training passed"), "text.statusGranted",
                        m -> new Object[] {m.group(1)}),
                new Rule(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\S+Z"), "text.deadline",
                        m -> new Object[] {formats.dateTime(Instant.parse(m.group()))}),
                new Rule(Pattern.compile("upgrade application (\\d+) approved"), "text.upgradeGranted", m -> new Object[] {m.group(1)}),
                new Rule(Pattern.compile("yearly review of the partner year from (\\S+): tier lowered by (\\S+)"), "text.tierLowered",
                        m -> new Object[] {formats.date(java.time.LocalDate.parse(m.group(1))), m.group(2)}),
                new Rule(Pattern.compile("no decision before the end of the partner year: the tier stays"), "text.reviewLapsed",
                        m -> new Object[0]),
                new Rule(Pattern.compile("(\\d+) members, (\\d+) votes decide"), "text.committeeOpened",
                        m -> new Object[] {m.group(1), m.group(2)}),
                new Rule(Pattern.compile("the committee decided against it: (\\d+) for, (\\d+) against"), "text.committeeAgainst",
                        m -> new Object[] {m.group(1), m.group(2)}),
                new Rule(Pattern.compile("not eligible: (.+)"), "text.notEligible", m -> new Object[] {criteria(m.group(1), labels)}),
                new Rule(CRITERIA, "text.criteria", m -> new Object[] {criteria(m.group(), labels)}));
    }

    /** The rules' report as the upgrade steps write it: {@code CRITERION value meets|does not meet comparison threshold; ...}. */
    private static final Pattern CRITERION = Pattern.compile("([A-Z_]+) (\\S+) (meets|does not meet) (\\S+) (\\S+)");
    private static final Pattern CRITERIA = Pattern.compile(CRITERION.pattern() + "(; " + CRITERION.pattern() + ")*");

    public String of(String text) {
        if (text == null) {
            return null;
        }
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.matches()) {
                try {
                    return messages.getMessage(rule.code(), rule.args().apply(matcher), LocaleContextHolder.getLocale());
                } catch (DateTimeParseException | NumberFormatException e) {
                    return text;
                }
            }
        }
        return text;
    }

    private String criteria(String report, Labels labels) {
        StringBuilder text = new StringBuilder();
        for (String item : report.split("; ")) {
            Matcher m = CRITERION.matcher(item);
            if (!m.matches()) {
                return report;
            }
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(messages.getMessage("text.criterion", new Object[] {labels.of("criterion", m.group(1)), m.group(2),
                    m.group(4).equals(">=") ? "≥" : m.group(4), m.group(5), m.group(3).equals("meets") ? "✓" : "✗"},
                    LocaleContextHolder.getLocale()));
        }
        return text.toString();
    }

    private static Object days(String isoDuration) {
        try {
            return Duration.parse(isoDuration).toDays();
        } catch (DateTimeParseException e) {
            return isoDuration;
        }
    }
}
