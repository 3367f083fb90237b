package dev.partnerprogram.deal;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Another partner's open registration of the same customer, found when a deal was registered. */
@Entity
@Table(name = "deal_conflict")
public class DealConflict extends Identified {

    /** How the two registrations were found to name one customer. */
    public enum Match { TAX_ID, NAME }

    private Long dealId;
    private Long otherDealId;

    @Enumerated(EnumType.STRING)
    private Match matchedBy;

    protected DealConflict() {}

    DealConflict(long dealId, long otherDealId, Match matchedBy) {
        this.dealId = dealId;
        this.otherDealId = otherDealId;
        this.matchedBy = matchedBy;
    }

    public Long getDealId() { return dealId; }
    public Long getOtherDealId() { return otherDealId; }
    public Match getMatchedBy() { return matchedBy; }
}
