package dev.partnerprogram.certification;

import dev.partnerprogram.common.Versioned;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A personal certificate issued for a passed exam, valid for a configured period. */
@Entity
@Table(name = "specialist_certificate")
public class SpecialistCertificate extends Versioned {

    public enum State {
        VALID,
        EXPIRED,
        /** A newer certificate in the same track took its place. */
        SUPERSEDED
    }

    private String number;
    private Long specialistId;
    private Long partnerId;
    private Long examId;

    @Enumerated(EnumType.STRING)
    private CertificationTrack track;

    private LocalDate issuedOn;
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    private State state;

    protected SpecialistCertificate() {}

    SpecialistCertificate(String number, Long specialistId, Long partnerId, Long examId, CertificationTrack track,
                          LocalDate issuedOn, LocalDate validUntil) {
        this.number = number;
        this.specialistId = specialistId;
        this.partnerId = partnerId;
        this.examId = examId;
        this.track = track;
        this.issuedOn = issuedOn;
        this.validUntil = validUntil;
        this.state = State.VALID;
    }

    void expire() {
        state = State.EXPIRED;
    }

    void supersede() {
        state = State.SUPERSEDED;
    }

    public boolean isValid() {
        return state == State.VALID;
    }

    public String getNumber() { return number; }
    public Long getSpecialistId() { return specialistId; }
    public Long getPartnerId() { return partnerId; }
    public Long getExamId() { return examId; }
    public CertificationTrack getTrack() { return track; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public State getState() { return state; }
}
