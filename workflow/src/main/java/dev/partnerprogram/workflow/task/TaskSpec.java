package dev.partnerprogram.workflow.task;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form of one user task, declared once: the decisions it offers, which of them need a comment, and its own fields.
 * The same spec checks a completion ({@link #read}), describes the form to API callers ({@link #form}) and drives the one
 * fragment that renders any task's form, so a field cannot be declared in one place and forgotten in another.
 */
public record TaskSpec(String taskKey, List<Decision> decisions, Set<Decision> commentRequiredFor, boolean commentRequired,
                       List<FieldSpec> fields) {

    /** Claim-line fields arrive flat, {@code line-<id>-…}; a {@link FieldType#CLAIM_LINES} field collects them. */
    public static final String LINE_PREFIX = "line-";

    public TaskSpec {
        decisions = List.copyOf(decisions);
        commentRequiredFor = commentRequiredFor.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(commentRequiredFor));
        fields = List.copyOf(fields);
    }

    /** A task that takes only an optional comment, until decisions and fields are added. */
    public static TaskSpec of(String taskKey) {
        return new TaskSpec(taskKey, List.of(), Set.of(), false, List.of());
    }

    public TaskSpec decisions(Decision... offered) {
        return new TaskSpec(taskKey, Arrays.asList(offered), commentRequiredFor, commentRequired, fields);
    }

    /** These decisions must be explained: the partner or the colleague who reads them needs the reason. */
    public TaskSpec commentFor(Decision... explained) {
        return new TaskSpec(taskKey, decisions, Set.of(explained), commentRequired, fields);
    }

    /** Every decision of this task must be explained. */
    public TaskSpec commentAlways() {
        return new TaskSpec(taskKey, decisions, commentRequiredFor, true, fields);
    }

    public TaskSpec fields(FieldSpec... own) {
        return new TaskSpec(taskKey, decisions, commentRequiredFor, commentRequired, Arrays.asList(own));
    }

    /** Every input in the order a form shows them: the decision first, the task's own fields, the comment last. */
    public List<FieldSpec> form() {
        List<FieldSpec> form = new ArrayList<>();
        if (!decisions.isEmpty()) {
            form.add(FieldSpec.decision(decisions));
        }
        form.addAll(fields);
        form.add(FieldSpec.comment(commentRequired));
        return form;
    }

    /**
     * Checks a completion against this spec and answers its values typed; every wrong field is named at once, in one
     * {@link InvalidInputException}. Fields the spec does not declare are dropped: a client cannot slip in anything else.
     */
    public TaskInput read(TaskCompletion input) {
        List<FieldViolation> errors = new ArrayList<>();
        Decision decision = decisions.isEmpty() ? null : readDecision(input.decision(), errors);
        String comment = blankToNull(input.comment());
        if (comment != null && comment.length() > FieldSpec.TEXT_LIMIT) {
            errors.add(new FieldViolation(FieldSpec.COMMENT, "error.maxLength", FieldSpec.TEXT_LIMIT));
        } else if (comment == null && (commentRequired || (decision != null && commentRequiredFor.contains(decision)))) {
            errors.add(new FieldViolation(FieldSpec.COMMENT, "error.commentRequired"));
        }
        Map<String, Object> values = new HashMap<>();
        for (FieldSpec field : fields) {
            Object value = field.type() == FieldType.CLAIM_LINES ? lines(input) : read(field, input.field(field.name()), errors);
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TaskInput(decision, comment, values);
    }

    private Decision readDecision(String value, List<FieldViolation> errors) {
        String given = blankToNull(value);
        if (given == null) {
            errors.add(new FieldViolation(FieldSpec.DECISION, "error.required"));
            return null;
        }
        for (Decision offered : decisions) {
            if (offered.name().equalsIgnoreCase(given)) {
                return offered;
            }
        }
        errors.add(new FieldViolation(FieldSpec.DECISION, "error.oneOf", names(decisions)));
        return null;
    }

    private static Object read(FieldSpec field, String raw, List<FieldViolation> errors) {
        String value = blankToNull(raw);
        String name = field.name();
        if (value == null) {
            if (field.required()) {
                errors.add(new FieldViolation(name, "error.required"));
            }
            return null;
        }
        int before = errors.size();
        Object parsed = switch (field.type()) {
            case TEXT, LONG_TEXT, PERSON -> text(field, value, errors);
            case CHOICE -> option(field, value, errors);
            case MULTI_CHOICE -> {
                List<String> chosen = new ArrayList<>();
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        chosen.add(option(field, part.trim(), errors));
                    }
                }
                yield chosen;
            }
            case DATE -> date(name, value, errors);
            case MONEY -> money(field, value, errors);
            case NUMBER, PARTNER -> number(field, value, errors);
            case BOOLEAN -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    errors.add(new FieldViolation(name, "error.oneOf", "true, false"));
                }
                yield Boolean.valueOf(value);
            }
            case CLAIM_LINES -> throw new IllegalStateException("claim lines are collected, not read one by one");
        };
        return errors.size() > before ? null : parsed;
    }

    private static String text(FieldSpec field, String value, List<FieldViolation> errors) {
        if (field.maxLength() != null && value.length() > field.maxLength()) {
            errors.add(new FieldViolation(field.name(), "error.maxLength", field.maxLength()));
        }
        return value;
    }

    private static String option(FieldSpec field, String value, List<FieldViolation> errors) {
        String upper = value.toUpperCase(Locale.ROOT);
        if (field.options() == null || !field.options().contains(upper)) {
            errors.add(new FieldViolation(field.name(), "error.oneOf",
                    field.options() == null ? "" : String.join(", ", field.options())));
        }
        return upper;
    }

    private static LocalDate date(String name, String value, List<FieldViolation> errors) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldViolation(name, "error.date"));
            return null;
        }
    }

    private static BigDecimal money(FieldSpec field, String value, List<FieldViolation> errors) {
        BigDecimal amount = amount(field.name(), value, errors);
        if (amount != null && field.min() != null && amount.compareTo(BigDecimal.valueOf(field.min())) < 0) {
            errors.add(new FieldViolation(field.name(), "error.notNegative"));
        }
        return amount;
    }

    /** An amount of roubles: a comma is taken for the decimal point, kopecks at most. */
    public static BigDecimal amount(String field, String value, List<FieldViolation> errors) {
        try {
            BigDecimal amount = new BigDecimal(value.trim().replace(',', '.'));
            if (amount.stripTrailingZeros().scale() > 2) {
                errors.add(new FieldViolation(field, "error.kopecks"));
            } else if (amount.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) >= 0) {
                errors.add(new FieldViolation(field, "error.tooLarge"));
            }
            return amount;
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field, "error.amount"));
            return null;
        }
    }

    private static Long number(FieldSpec field, String value, List<FieldViolation> errors) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldViolation(field.name(), "error.integer"));
            return null;
        }
        if ((field.min() != null && number < field.min()) || (field.max() != null && number > field.max())) {
            errors.add(new FieldViolation(field.name(), "error.between",
                    field.min() == null ? Long.MIN_VALUE : field.min(), field.max() == null ? Long.MAX_VALUE : field.max()));
        }
        return number;
    }

    /** Every {@code line-…} field as sent; the handler knows the claim's lines and checks each against them. */
    private static Map<String, String> lines(TaskCompletion input) {
        Map<String, String> lines = new LinkedHashMap<>();
        if (input.fields() != null) {
            input.fields().forEach((name, value) -> {
                if (name.startsWith(LINE_PREFIX)) {
                    lines.put(name, value);
                }
            });
        }
        return lines;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
