package dev.partnerprogram.compensation;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One actual expense of a claim, and marketing's verdict on it. */
@Entity
@Table(name = "compensation_claim_line")
public class ClaimLine extends Identified {

    public enum Decision { ACCEPT, REDUCE, REJECT }

    private Long compensationId;

    @Column(name = "line_no")
    private int lineNo;

    private String description;
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private BigDecimal acceptedAmount;
    private String reason;

    protected ClaimLine() {}

    ClaimLine(Long compensationId, int lineNo, String description, BigDecimal amount) {
        this.compensationId = compensationId;
        this.lineNo = lineNo;
        this.description = description;
        this.amount = amount;
    }

    void decide(Decision decision, BigDecimal acceptedAmount, String reason) {
        this.decision = decision;
        this.acceptedAmount = acceptedAmount;
        this.reason = reason;
    }

    public Long getCompensationId() { return compensationId; }
    public int getLineNo() { return lineNo; }
    public String getDescription() { return description; }
    public BigDecimal getAmount() { return amount; }
    public Decision getDecision() { return decision; }
    public BigDecimal getAcceptedAmount() { return acceptedAmount; }
    public String getReason() { return reason; }
}
