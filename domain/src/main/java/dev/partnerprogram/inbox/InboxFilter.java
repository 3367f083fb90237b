package dev.partnerprogram.inbox;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the inbox is narrowed to. Built from untrusted request parameters by {@link #of}, which refuses anything that is
 * not a plain key, id or short text, so only checked values ever reach a query (and then only as bound parameters).
 */
public record InboxFilter(String processKey, String taskKey, Long partnerId, String region, Due due, Assignment assignment,
                          String search, Sort sort) {

    /** Process and task keys are BPMN ids. */
    private static final Pattern KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.-]{0,99}$");
    static final int MAX_TEXT = 100;

    public enum Due { OVERDUE, TODAY, WEEK, NONE }

    public enum Assignment { ME, UNASSIGNED, OTHERS }

    /** By age (the newest first, as the inbox always listed, or the oldest), or by due date (tasks without one last). */
    public enum Sort { NEWEST, OLDEST, DUE }

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null, null, null, null, Sort.NEWEST);

    public InboxFilter {
        sort = sort == null ? Sort.NEWEST : sort;
    }

    public static InboxFilter of(String process, String task, String partner, String region, String due, String assigned,
                                 String q, String sort) {
        List<FieldViolation> errors = new ArrayList<>();
        String processKey = key(errors, "process", process);
        String taskKey = key(errors, "task", task);
        Long partnerId = null;
        if (!blank(partner)) {
            try {
                partnerId = Long.valueOf(partner.trim());
                if (partnerId <= 0) {
                    errors.add(new FieldViolation("partner", "error.positiveNumber"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation("partner", "error.positiveNumber"));
            }
        }
        String regionValue = text(errors, "region", region);
        String search = text(errors, "q", q);
        Due dueValue = choice(errors, "due", due, Due.class);
        Assignment assignment = choice(errors, "assigned", assigned, Assignment.class);
        Sort sortValue = choice(errors, "sort", sort, Sort.class);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InboxFilter(processKey, taskKey, partnerId, regionValue, dueValue, assignment, search, sortValue);
    }

    public boolean isEmpty() {
        return processKey == null && taskKey == null && partnerId == null && region == null && due == null
                && assignment == null && search == null;
    }

    private static String key(List<FieldViolation> errors, String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (!KEY.matcher(value.trim()).matches()) {
            errors.add(new FieldViolation(field, "error.choice"));
            return null;
        }
        return value.trim();
    }

    private static String text(List<FieldViolation> errors, String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.trim().length() > MAX_TEXT) {
            errors.add(new FieldViolation(field, "error.maxLength", MAX_TEXT));
            return null;
        }
        return value.trim();
    }

    private static <E extends Enum<E>> E choice(List<FieldViolation> errors, String field, String value, Class<E> type) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldViolation(field, "error.choice"));
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
