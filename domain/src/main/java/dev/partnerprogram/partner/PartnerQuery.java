package dev.partnerprogram.partner;

import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the staff's partner list is narrowed to: part of the name, the start of the tax id, the region, the tier and the
 * agreement's state ({@code agreement} null: any; {@link #NO_AGREEMENT}: none yet). Built from request parameters by
 * {@link #of}, which refuses anything else, so only checked values reach the query (as bound parameters).
 */
public record PartnerQuery(String name, String taxId, String region, PartnerStatus status, String agreement) {
    public static final String NO_AGREEMENT = "NONE";
    static final int MAX_TEXT = 100;
    public static final PartnerQuery ALL = new PartnerQuery(null, null, null, null, null);

    public static PartnerQuery of(String name, String taxId, String region, String status, String agreement) {
        List<FieldViolation> errors = new ArrayList<>();
        String nameValue = text(errors, "name", name);
        String taxIdValue = text(errors, "taxId", taxId);
        if (taxIdValue != null && !taxIdValue.chars().allMatch(Character::isDigit)) {
            errors.add(new FieldViolation("taxId", "error.digits"));
        }
        String regionValue = text(errors, "region", region);
        PartnerStatus statusValue = null;
        if (status != null && !status.isBlank()) {
            try {
                statusValue = PartnerStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("status", "error.choice"));
            }
        }
        String agreementValue = null;
        if (agreement != null && !agreement.isBlank()) {
            agreementValue = agreement.trim().toUpperCase(Locale.ROOT);
            if (!NO_AGREEMENT.equals(agreementValue) && agreementStates().stream().noneMatch(agreementValue::equals)) {
                errors.add(new FieldViolation("agreement", "error.choice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PartnerQuery(nameValue, taxIdValue, regionValue, statusValue, agreementValue);
    }

    /** The agreement filter's choices: every state, then "none yet". */
    public static List<String> agreementChoices() {
        List<String> choices = new ArrayList<>(agreementStates());
        choices.add(NO_AGREEMENT);
        return choices;
    }

    private static List<String> agreementStates() {
        return java.util.Arrays.stream(AgreementState.values()).map(Enum::name).toList();
    }

    private static String text(List<FieldViolation> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > MAX_TEXT) {
            errors.add(new FieldViolation(field, "error.maxLength", MAX_TEXT));
            return null;
        }
        return value.trim();
    }
}
