package dev.partnerprogram.compensation;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A region's marketing budget for a year or a quarter. It holds no amounts: the money is in its ledger entries.
 * Its row is what concurrent reservations lock, so they take turns.
 */
@Entity
@Table(name = "marketing_budget")
public class MarketingBudget extends Identified {

    private String region;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String label;
    private String createdBy;
    private Instant createdAt;

    protected MarketingBudget() {}

    MarketingBudget(String region, LocalDate periodStart, LocalDate periodEnd, String label, String createdBy, Instant createdAt) {
        this.region = region;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.label = label;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    public String getRegion() { return region; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public String getLabel() { return label; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
