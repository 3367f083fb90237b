package dev.partnerprogram.application;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a company tells about itself when it applies. */
public record ApplicationDetails(
        String companyName,
        String region,
        String website,
        String contactName,
        String contactEmail,
        String contactPhone,
        Set<PlannedActivity> activities,
        Integer teamSize,
        String description) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[\\p{L}0-9.-]+\\.[\\p{L}]{2,}(/\\S*)?$");
    /** The largest team a company may state; the revision task takes the same limit. */
    public static final int MAX_TEAM = 100_000;

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "companyName", companyName, 200);
        FieldChecks.require(errors, "region", region, 100);
        FieldChecks.require(errors, "contactName", contactName, 200);
        if (FieldChecks.require(errors, "contactEmail", contactEmail, 200) && !EMAIL.matcher(contactEmail.trim()).matches()) {
            errors.add(new FieldViolation("contactEmail", "error.email"));
        }
        FieldChecks.require(errors, "contactPhone", contactPhone, 30);
        if (FieldChecks.maxLength(errors, "website", website, 200)
                && website != null && !website.isBlank() && !WEBSITE.matcher(website.trim()).matches()) {
            errors.add(new FieldViolation("website", "error.website"));
        }
        if (activities == null || activities.isEmpty()) {
            errors.add(new FieldViolation("activities", "error.activities"));
        }
        FieldChecks.requireBetween(errors, "teamSize", teamSize, 1, MAX_TEAM, "error.between", 1, MAX_TEAM);
        FieldChecks.maxLength(errors, "description", description, 4000);
        return errors;
    }
}
