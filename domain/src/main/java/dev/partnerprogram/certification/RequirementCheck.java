package dev.partnerprogram.certification;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One requirement of a designation as the rules judged it for an application: what was expected, what was found. */
@Entity
@Table(name = "requirement_check")
public class RequirementCheck extends Identified {

    private Long applicationId;
    private String requirement;
    private boolean met;
    private String expected;
    private String actual;
    private Instant checkedAt;

    protected RequirementCheck() {}

    /** The rules' verdict on one requirement, with the value the partner actually had. */
    RequirementCheck(Long applicationId, DesignationRules.Outcome outcome, String actual, Instant checkedAt) {
        this.applicationId = applicationId;
        this.requirement = outcome.requirement();
        this.met = outcome.met();
        this.expected = outcome.expected();
        this.actual = actual;
        this.checkedAt = checkedAt;
    }

    public Long getApplicationId() { return applicationId; }
    public String getRequirement() { return requirement; }
    public boolean isMet() { return met; }
    public String getExpected() { return expected; }
    public String getActual() { return actual; }
    public Instant getCheckedAt() { return checkedAt; }
}
