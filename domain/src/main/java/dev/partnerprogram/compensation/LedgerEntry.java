package dev.partnerprogram.compensation;

import dev.partnerprogram.common.Identified;
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
public class LedgerEntry extends Identified {

    private Long budgetId;

    @Enumerated(EnumType.STRING)
    private LedgerEntryKind kind;

    private BigDecimal amount;
    private Long partnerId;
    private Long compensationId;
    private Instant at;
    private String actor;
    private String note;

    protected LedgerEntry() {}

    LedgerEntry(Long budgetId, LedgerEntryKind kind, BigDecimal amount, Long partnerId, Long compensationId,
                Instant at, String actor, String note) {
        this.budgetId = budgetId;
        this.kind = kind;
        this.amount = amount;
        this.partnerId = partnerId;
        this.compensationId = compensationId;
        this.at = at;
        this.actor = actor;
        this.note = note;
    }

    public Long getBudgetId() { return budgetId; }
    public LedgerEntryKind getKind() { return kind; }
    public BigDecimal getAmount() { return amount; }
    public Long getPartnerId() { return partnerId; }
    public Long getCompensationId() { return compensationId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getNote() { return note; }
}
