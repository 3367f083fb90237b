package dev.partnerprogram.compensation;

import dev.partnerprogram.common.TrailEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One movement of a budget's money. Entries are only ever appended; every balance is a sum over them. */
@Entity
@Immutable
@Table(name = "budget_ledger_entry")
@AttributeOverride(name = "comment", column = @Column(name = "note"))
public class LedgerEntry extends TrailEntry {

    private Long budgetId;

    @Enumerated(EnumType.STRING)
    private LedgerEntryKind kind;

    private BigDecimal amount;
    private Long partnerId;
    private Long compensationId;

    protected LedgerEntry() {}

    LedgerEntry(Long budgetId, LedgerEntryKind kind, BigDecimal amount, Long partnerId, Long compensationId,
                Instant at, String actor, String note) {
        super(at, actor, note);
        this.budgetId = budgetId;
        this.kind = kind;
        this.amount = amount;
        this.partnerId = partnerId;
        this.compensationId = compensationId;
    }

    public Long getBudgetId() { return budgetId; }
    public LedgerEntryKind getKind() { return kind; }
    public BigDecimal getAmount() { return amount; }
    public Long getPartnerId() { return partnerId; }
    public Long getCompensationId() { return compensationId; }
}
