package dev.partnerprogram.workflow.task;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A completion its {@link TaskSpec} has checked: the decision, the comment and each declared field, typed. A field
 * left empty is {@code null}; a handler never parses or checks a field's format again.
 */
public record TaskInput(Decision decision, String comment, Map<String, Object> values) {

    public TaskInput {
        values = Map.copyOf(values);
    }

    public boolean approved() {
        return decision == Decision.APPROVE;
    }

    /** The decision as the process's own decision type names it. */
    public <E extends Enum<E>> E decision(Class<E> type) {
        return Enum.valueOf(type, decision.name());
    }

    public String text(String field) {
        return (String) values.get(field);
    }

    public LocalDate date(String field) {
        return (LocalDate) values.get(field);
    }

    public BigDecimal money(String field) {
        return (BigDecimal) values.get(field);
    }

    public Integer integer(String field) {
        Long value = (Long) values.get(field);
        return value == null ? null : Math.toIntExact(value);
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = (String) values.get(field);
        return value == null ? null : Enum.valueOf(type, value);
    }

    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
        List<String> chosen = (List<String>) values.get(field);
        if (chosen == null) {
            return null;
        }
        Set<E> result = EnumSet.noneOf(type);
        chosen.forEach(value -> result.add(Enum.valueOf(type, value)));
        return result;
    }

    /** The {@code line-<id>-…} fields a {@link FieldType#CLAIM_LINES} field collected. */
    @SuppressWarnings("unchecked")
    public Map<String, String> lines(String field) {
        return (Map<String, String>) values.getOrDefault(field, Map.of());
    }
}
