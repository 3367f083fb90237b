package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One criterion of a report: the partner's value, the threshold, and whether it passed. */
@Entity
@Table(name = "eligibility_criterion")
public class EligibilityCriterion extends Identified {

    private Long reportId;
    private String criterion;
    private BigDecimal actual;
    private String comparison;
    private BigDecimal threshold;
    private boolean met;

    protected EligibilityCriterion() {}

    EligibilityCriterion(Long reportId, EligibilityService.Item item) {
        this.reportId = reportId;
        this.criterion = item.criterion();
        this.actual = item.actual();
        this.comparison = item.comparison();
        this.threshold = item.threshold();
        this.met = item.met();
    }

    public Long getReportId() { return reportId; }
    public String getCriterion() { return criterion; }
    public BigDecimal getActual() { return actual; }
    public String getComparison() { return comparison; }
    public BigDecimal getThreshold() { return threshold; }
    public boolean isMet() { return met; }
}
