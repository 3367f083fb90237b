package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.Identified;
import dev.partnerprogram.partner.PartnerStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the eligibility rules found at one moment, for an upgrade application or a yearly review. Never changed. */
@Entity
@Table(name = "eligibility_report")
public class EligibilityReport extends Identified {

    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private PartnerStatus targetStatus;

    @Enumerated(EnumType.STRING)
    private EligibilityRules.Purpose purpose;

    private Long applicationId;
    private boolean eligible;
    private Instant checkedAt;

    protected EligibilityReport() {}

    EligibilityReport(Long partnerId, PartnerStatus targetStatus, EligibilityRules.Purpose purpose, Long applicationId,
                      boolean eligible, Instant checkedAt) {
        this.partnerId = partnerId;
        this.targetStatus = targetStatus;
        this.purpose = purpose;
        this.applicationId = applicationId;
        this.eligible = eligible;
        this.checkedAt = checkedAt;
    }

    public Long getPartnerId() { return partnerId; }
    public PartnerStatus getTargetStatus() { return targetStatus; }
    public EligibilityRules.Purpose getPurpose() { return purpose; }
    public Long getApplicationId() { return applicationId; }
    public boolean isEligible() { return eligible; }
    public Instant getCheckedAt() { return checkedAt; }
}
