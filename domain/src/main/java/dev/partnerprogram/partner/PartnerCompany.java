package dev.partnerprogram.partner;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "partner_company")
public class PartnerCompany extends Versioned {

    private String companyName;
    private String taxId;
    private String region;
    private String website;
    private String contactName;
    private String contactEmail;
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    private PartnerStatus status;

    private LocalDate partnerYearStart;
    private LocalDate partnerYearEnd;
    private BigDecimal baseDiscount;
    private String certificateNumber;
    private boolean listedInDirectory;
    private Instant createdAt;
    /** The day its agreement was terminated; it may then apply to join again. Null while it is in the program. */
    private LocalDate leftProgramOn;

    protected PartnerCompany() {}

    public PartnerCompany(String companyName, String taxId, String region, String contactName,
                          String contactEmail, String contactPhone, Instant createdAt) {
        this.companyName = companyName;
        this.taxId = taxId;
        this.region = region;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.status = PartnerStatus.APPLICANT;
        this.createdAt = createdAt;
    }

    /** Details given in an application replace the ones given at registration: they are the newer, reviewed ones. */
    void updateProfile(String companyName, String region, String website, String contactName, String contactEmail, String contactPhone) {
        this.companyName = companyName;
        this.region = region;
        this.website = website;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
    }

    void grant(PartnerStatus newStatus, LocalDate yearStart, LocalDate yearEnd, BigDecimal baseDiscount, String certificateNumber) {
        this.status = newStatus;
        this.partnerYearStart = yearStart;
        this.partnerYearEnd = yearEnd;
        this.baseDiscount = baseDiscount;
        this.certificateNumber = certificateNumber;
        this.listedInDirectory = true;
        this.leftProgramOn = null;
    }

    /**
     * A new tier (upgrade or demotion) with a new certificate from now on; its base discount waits for the next partner
     * year, which sets it ({@link #startPartnerYear}).
     */
    void changeTier(PartnerStatus newStatus, String certificateNumber) {
        this.status = newStatus;
        this.certificateNumber = certificateNumber;
    }

    /** Off the public directory while its agreement is suspended or ended. */
    public void leaveDirectory() {
        this.listedInDirectory = false;
    }

    /**
     * Its agreement was terminated: the company is out of the program, though it keeps its last tier (the verification
     * page tells it is not valid since then) and its history; a new join application may bring it back.
     */
    public void leaveProgram(LocalDate on) {
        this.listedInDirectory = false;
        this.leftProgramOn = on;
    }

    /** Whether it may join again: a new company, or one whose agreement was terminated. */
    public boolean mayJoin() {
        return status == PartnerStatus.APPLICANT || leftProgramOn != null;
    }

    /** Back on the public directory when its agreement is renewed. */
    public void returnToDirectory() {
        this.listedInDirectory = true;
    }

    /** The next partner year starts; the base discount is fixed for it. */
    void startPartnerYear(LocalDate yearStart, LocalDate yearEnd, BigDecimal baseDiscount) {
        this.partnerYearStart = yearStart;
        this.partnerYearEnd = yearEnd;
        this.baseDiscount = baseDiscount;
    }

    public String getCompanyName() { return companyName; }
    public String getTaxId() { return taxId; }
    public String getRegion() { return region; }
    public String getWebsite() { return website; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public PartnerStatus getStatus() { return status; }
    public LocalDate getPartnerYearStart() { return partnerYearStart; }
    public LocalDate getPartnerYearEnd() { return partnerYearEnd; }
    public BigDecimal getBaseDiscount() { return baseDiscount; }
    public String getCertificateNumber() { return certificateNumber; }
    public boolean isListedInDirectory() { return listedInDirectory; }
    public Instant getCreatedAt() { return createdAt; }
    public LocalDate getLeftProgramOn() { return leftProgramOn; }
}
