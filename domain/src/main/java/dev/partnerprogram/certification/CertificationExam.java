package dev.partnerprogram.certification;

import dev.partnerprogram.common.ProcessSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A specialist's registration for an exam in a track, its date, score and outcome. */
@Entity
@Table(name = "certification_exam")
public class CertificationExam extends ProcessSubject {

    private Long specialistId;

    @Enumerated(EnumType.STRING)
    private CertificationTrack track;

    @Enumerated(EnumType.STRING)
    private ExamState state;

    private LocalDate examDate;
    private Integer score;
    private Integer passMark;
    private String decisionReason;
    private Long certificateId;
    private String requestedBy;
    private Instant requestedAt;

    protected CertificationExam() {}

    CertificationExam(Long partnerId, Long specialistId, CertificationTrack track, String requestedBy, Instant at) {
        super(partnerId, at);
        this.specialistId = specialistId;
        this.track = track;
        this.state = ExamState.REGISTERED;
        this.requestedBy = requestedBy;
        this.requestedAt = at;
    }

    void noteReason(String reason) {
        this.decisionReason = reason;
    }

    void schedule(LocalDate examDate, Instant at) {
        this.examDate = examDate;
        this.state = ExamState.SCHEDULED;
        touch(at);
    }

    void reject(Instant at) {
        this.state = ExamState.REJECTED;
        touch(at);
    }

    void recordScore(int score, int passMark, Instant at) {
        this.score = score;
        this.passMark = passMark;
        this.state = score >= passMark ? ExamState.PASSED : ExamState.FAILED;
        touch(at);
    }

    void certify(Long certificateId) {
        this.certificateId = certificateId;
    }

    public Long getSpecialistId() { return specialistId; }
    public CertificationTrack getTrack() { return track; }
    public ExamState getState() { return state; }
    public LocalDate getExamDate() { return examDate; }
    public Integer getScore() { return score; }
    public Integer getPassMark() { return passMark; }
    public String getDecisionReason() { return decisionReason; }
    public Long getCertificateId() { return certificateId; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
}
