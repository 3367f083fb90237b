package dev.partnerprogram.payment;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment a partner made to the vendor, as recorded by an administrator or imported from accounting. */
@Entity
@Table(name = "payment")
public class Payment extends Identified {

    /** Entered by an administrator, imported from accounting, or the amount of a deal the partner won. */
    public enum Source { MANUAL, IMPORT, DEAL }

    private Long partnerId;
    private LocalDate paidOn;
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private PaymentKind kind;

    private String reference;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String recordedBy;
    private Instant recordedAt;

    protected Payment() {}

    Payment(Long partnerId, LocalDate paidOn, BigDecimal amount, PaymentKind kind, String reference, Source source,
            String recordedBy, Instant recordedAt) {
        this.partnerId = partnerId;
        this.paidOn = paidOn;
        this.amount = amount;
        this.kind = kind;
        this.reference = reference;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getPartnerId() { return partnerId; }
    public LocalDate getPaidOn() { return paidOn; }
    public BigDecimal getAmount() { return amount; }
    public PaymentKind getKind() { return kind; }
    public String getReference() { return reference; }
    public Source getSource() { return source; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
