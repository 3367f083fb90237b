package dev.partnerprogram.partner;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The additional discount a partner has for one quarter, with the facts it was set from, so the partner can see why:
 * the payments of the two quarters before, the development plan's completion, what the table gave and the cap.
 */
@Entity
@Table(name = "quarter_discount")
public class QuarterDiscount extends Versioned {

    private Long partnerId;
    private LocalDate quarterStart;
    private LocalDate quarterEnd;

    @Enumerated(EnumType.STRING)
    private PartnerStatus status;

    private BigDecimal revenue;
    private LocalDate revenueFrom;
    private LocalDate revenueTo;
    private int planCompletion;
    private BigDecimal tableDiscount;
    private BigDecimal additionalDiscount;
    private BigDecimal baseDiscount;
    private BigDecimal maxDiscount;
    private Instant decidedAt;

    protected QuarterDiscount() {}

    QuarterDiscount(Long partnerId, Quarter quarter) {
        this.partnerId = partnerId;
        this.quarterStart = quarter.start();
        this.quarterEnd = quarter.end();
    }

    void set(PartnerStatus status, DiscountFacts facts, BigDecimal tableDiscount, BigDecimal additionalDiscount,
             BigDecimal baseDiscount, BigDecimal maxDiscount, Instant at) {
        this.status = status;
        this.revenue = facts.revenue();
        this.revenueFrom = facts.revenueFrom();
        this.revenueTo = facts.revenueTo();
        this.planCompletion = facts.planCompletion();
        this.tableDiscount = tableDiscount;
        this.additionalDiscount = additionalDiscount;
        this.baseDiscount = baseDiscount;
        this.maxDiscount = maxDiscount;
        this.decidedAt = at;
    }

    /** The table would have given more than the tier's upper bound leaves room for. */
    public boolean isCapped() {
        return tableDiscount.compareTo(additionalDiscount) > 0;
    }

    public Long getPartnerId() { return partnerId; }
    public LocalDate getQuarterStart() { return quarterStart; }
    public LocalDate getQuarterEnd() { return quarterEnd; }
    public PartnerStatus getStatus() { return status; }
    public BigDecimal getRevenue() { return revenue; }
    public LocalDate getRevenueFrom() { return revenueFrom; }
    public LocalDate getRevenueTo() { return revenueTo; }
    public int getPlanCompletion() { return planCompletion; }
    public BigDecimal getTableDiscount() { return tableDiscount; }
    public BigDecimal getAdditionalDiscount() { return additionalDiscount; }
    public BigDecimal getBaseDiscount() { return baseDiscount; }
    public BigDecimal getMaxDiscount() { return maxDiscount; }
    public Instant getDecidedAt() { return decidedAt; }
}
