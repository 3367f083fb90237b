package dev.partnerprogram.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** What a partner was granted of one benefit for one period, and how much of it is used. */
@Entity
@Table(name = "benefit_quota")
public class BenefitQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long partnerId;

    @Enumerated(EnumType.STRING)
    private QuotaKind kind;

    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int granted;
    private int used;

    @Version
    @Column(nullable = false)
    private long version;

    protected BenefitQuota() {}

    public BenefitQuota(Long partnerId, QuotaKind kind, LocalDate periodStart, LocalDate periodEnd, int granted) {
        this.partnerId = partnerId;
        this.kind = kind;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.granted = granted;
    }

    public int left() {
        return Math.max(0, granted - used);
    }

    public Long getId() { return id; }
    public Long getPartnerId() { return partnerId; }
    public QuotaKind getKind() { return kind; }
    public LocalDate getPeriodStart() { return periodStart; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public int getGranted() { return granted; }
    public int getUsed() { return used; }
}
