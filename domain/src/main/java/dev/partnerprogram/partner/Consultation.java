package dev.partnerprogram.partner;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Free consultation hours given to a partner (use, administration, setup, development), counted against its month. */
@Entity
@Table(name = "consultation")
public class Consultation extends Identified {

    private Long partnerId;
    private LocalDate consultedOn;
    private int hours;
    private String topic;
    private Long quotaId;
    private String loggedBy;
    private Instant loggedAt;

    protected Consultation() {}

    /** Checked hours, counted against the month's quota they were taken from. */
    Consultation(Long partnerId, ConsultationService.NewConsultation input, BenefitQuota quota, String loggedBy, Instant loggedAt) {
        this.partnerId = partnerId;
        this.consultedOn = input.consultedOn();
        this.hours = input.hours();
        this.topic = input.topic().trim();
        this.quotaId = quota.getId();
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public Long getPartnerId() { return partnerId; }
    public LocalDate getConsultedOn() { return consultedOn; }
    public int getHours() { return hours; }
    public String getTopic() { return topic; }
    public Long getQuotaId() { return quotaId; }
    public String getLoggedBy() { return loggedBy; }
    public Instant getLoggedAt() { return loggedAt; }
}
