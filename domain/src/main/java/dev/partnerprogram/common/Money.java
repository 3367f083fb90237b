package dev.partnerprogram.common;

import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Roubles with kopecks: always scale 2, never a double. */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    /** numeric(14,2): twelve digits before the point. */
    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {}

    public static BigDecimal scale(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A positive amount with at most two decimals, or a violation for the field; null when it is not usable. */
    public static BigDecimal positive(List<FieldViolation> errors, String field, BigDecimal value) {
        if (value == null) {
            errors.add(new FieldViolation(field, "error.required"));
            return null;
        }
        if (value.signum() <= 0) {
            errors.add(new FieldViolation(field, "error.positive"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldViolation(field, "error.kopecks"));
            return null;
        }
        if (value.compareTo(MAX) > 0) {
            errors.add(new FieldViolation(field, "error.tooLarge"));
            return null;
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Zero or a positive amount with at most two decimals. */
    public static BigDecimal nonNegative(List<FieldViolation> errors, String field, BigDecimal value) {
        if (value != null && value.signum() == 0) {
            return ZERO;
        }
        if (value != null && value.signum() < 0) {
            errors.add(new FieldViolation(field, "error.notNegative"));
            return null;
        }
        return positive(errors, field, value);
    }

    /** {@code percent} % of the amount, rounded down to the kopeck: a share is never more than the rule allows. */
    public static BigDecimal share(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
