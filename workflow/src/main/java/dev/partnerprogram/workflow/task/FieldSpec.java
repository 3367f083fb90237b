package dev.partnerprogram.workflow.task;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;

/**
 * One input of a task's form: what it is called, what it takes and its limits. {@code options} lists the values of a
 * choice; {@code labels} is the message group that names them in the UI ({@code <labels>.<option>}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldSpec(String name, FieldType type, boolean required, Integer maxLength, Long min, Long max,
                        List<String> options, @JsonIgnore String labels) {

    /** The longest text any field takes unless it says otherwise: the size of the columns that keep it. */
    public static final int TEXT_LIMIT = 2000;
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";

    public FieldSpec {
        options = options == null || options.isEmpty() ? null : List.copyOf(options);
    }

    public static FieldSpec text(String name, int maxLength) {
        return new FieldSpec(name, FieldType.TEXT, false, maxLength, null, null, null, null);
    }

    public static FieldSpec longText(String name) {
        return longText(name, TEXT_LIMIT);
    }

    public static FieldSpec longText(String name, int maxLength) {
        return new FieldSpec(name, FieldType.LONG_TEXT, false, maxLength, null, null, null, null);
    }

    public static FieldSpec date(String name) {
        return new FieldSpec(name, FieldType.DATE, false, null, null, null, null, null);
    }

    public static FieldSpec money(String name) {
        return new FieldSpec(name, FieldType.MONEY, false, null, 0L, null, null, null);
    }

    public static FieldSpec number(String name, long min, long max) {
        return new FieldSpec(name, FieldType.NUMBER, false, null, min, max, null, null);
    }

    public static <E extends Enum<E>> FieldSpec choice(String name, Class<E> values, String labels) {
        return new FieldSpec(name, FieldType.CHOICE, false, null, null, null, names(values), labels);
    }

    public static <E extends Enum<E>> FieldSpec choices(String name, Class<E> values, String labels) {
        return new FieldSpec(name, FieldType.MULTI_CHOICE, false, null, null, null, names(values), labels);
    }

    public static <E extends Enum<E>> FieldSpec claimLines(String name, Class<E> decisions, String labels) {
        return new FieldSpec(name, FieldType.CLAIM_LINES, true, null, null, null, names(decisions), labels);
    }

    static FieldSpec decision(List<Decision> decisions) {
        return new FieldSpec(DECISION, FieldType.CHOICE, true, null, null, null,
                decisions.stream().map(Enum::name).toList(), "task.option.decision");
    }

    static FieldSpec comment(boolean required) {
        return new FieldSpec(COMMENT, FieldType.LONG_TEXT, required, TEXT_LIMIT, null, null, null, null);
    }

    public FieldSpec asRequired() {
        return new FieldSpec(name, type, true, maxLength, min, max, options, labels);
    }

    /** The message group naming this field's options in the UI. */
    public String optionLabels() {
        return labels != null ? labels : "task.option." + name;
    }

    private static <E extends Enum<E>> List<String> names(Class<E> values) {
        return Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
    }
}
