package dev.partnerprogram.deal;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A prospective deal a partner registered to protect the customer it found. While it is open its customer's tax id is
 * also kept in {@code openCustomer}, whose unique key with the partner refuses a second open registration of the same
 * customer by the same partner, however close together the two requests come.
 */
@Entity
@Table(name = "deal")
public class Deal extends ProcessSubject {

    private String customerName;
    private String customerNameKey;
    private String customerTaxId;
    private String openCustomer;
    private String region;
    private Integer expectedLicenses;
    private BigDecimal expectedAmount;
    private LocalDate expectedCloseDate;

    @Enumerated(EnumType.STRING)
    private DealState state;

    private LocalDate protectedUntil;
    private LocalDate approvedOn;
    private boolean extended;
    private String decisionReason;
    private String decidedBy;
    private BigDecimal wonAmount;
    private LocalDate closedOn;
    private String lostReason;
    private Long projectId;
    private boolean joint;
    private BigDecimal jointDiscount;
    private BigDecimal partnerShare;
    private String registeredBy;
    private Instant registeredAt;

    protected Deal() {}

    Deal(long partnerId, DealRequest r, String actor, Instant at) {
        super(partnerId, at);
        this.customerName = r.customerName().trim();
        this.customerNameKey = CustomerNames.key(r.customerName());
        this.customerTaxId = r.customerTaxId().trim();
        this.openCustomer = customerTaxId;
        this.region = r.region().trim();
        this.expectedLicenses = r.expectedLicenses();
        this.expectedAmount = r.expectedAmount().setScale(2);
        this.expectedCloseDate = r.expectedCloseDate();
        this.joint = r.joint();
        this.state = DealState.SUBMITTED;
        this.registeredBy = actor;
        this.registeredAt = at;
    }

    void moveTo(DealState next, Instant at) {
        this.state = next;
        touch(at);
        if (!next.isOpen()) {
            this.openCustomer = null;
        }
    }

    void decided(String reason, String actor) {
        this.decisionReason = reason;
        this.decidedBy = actor;
    }

    void approved(LocalDate on, LocalDate until) {
        this.approvedOn = on;
        this.protectedUntil = until;
    }

    void extendTo(LocalDate until) {
        this.protectedUntil = until;
        this.extended = true;
    }

    void jointTerms(BigDecimal discount, BigDecimal partnerShare) {
        this.jointDiscount = discount;
        this.partnerShare = partnerShare;
    }

    void won(BigDecimal amount, LocalDate on, long projectId) {
        this.wonAmount = amount;
        this.closedOn = on;
        this.projectId = projectId;
    }

    /** The protection ended before the partner closed the deal; the day is when the customer became free again. */
    void expired(LocalDate on) {
        this.closedOn = on;
    }

    void lost(String reason, LocalDate on) {
        this.lostReason = reason;
        this.closedOn = on;
    }

    public String getCustomerName() { return customerName; }
    public String getCustomerNameKey() { return customerNameKey; }
    public String getCustomerTaxId() { return customerTaxId; }
    public String getRegion() { return region; }
    public Integer getExpectedLicenses() { return expectedLicenses; }
    public BigDecimal getExpectedAmount() { return expectedAmount; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public DealState getState() { return state; }
    public LocalDate getProtectedUntil() { return protectedUntil; }
    public LocalDate getApprovedOn() { return approvedOn; }
    public boolean isExtended() { return extended; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public BigDecimal getWonAmount() { return wonAmount; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getLostReason() { return lostReason; }
    public Long getProjectId() { return projectId; }
    public boolean isJoint() { return joint; }
    /** A joint deal's individual discount on licences, in percent, once a manager approved it. */
    public BigDecimal getJointDiscount() { return jointDiscount; }
    /** A joint deal's share of the revenue that is the partner's, in percent; the vendor's is the rest. */
    public BigDecimal getPartnerShare() { return partnerShare; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
}
