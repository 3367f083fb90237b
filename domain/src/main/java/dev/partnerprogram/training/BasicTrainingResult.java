package dev.partnerprogram.training;

import dev.partnerprogram.common.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt of a partner's employee at the basic course, recorded when the trainer enters the enrolment's result. */
@Entity
@Table(name = "basic_training_result")
public class BasicTrainingResult extends Identified {

    private Long partnerId;
    private Long applicationId;
    private Long enrollmentId;
    private String employeeName;
    private String employeeEmail;
    private boolean passed;
    private Integer score;
    private String recordedBy;
    private Instant recordedAt;

    protected BasicTrainingResult() {}

    BasicTrainingResult(Long partnerId, Long applicationId, Long enrollmentId, String employeeName, String employeeEmail,
                        boolean passed, Integer score, String recordedBy, Instant recordedAt) {
        this.partnerId = partnerId;
        this.applicationId = applicationId;
        this.enrollmentId = enrollmentId;
        this.employeeName = employeeName;
        this.employeeEmail = employeeEmail;
        this.passed = passed;
        this.score = score;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getPartnerId() { return partnerId; }
    public Long getApplicationId() { return applicationId; }
    public Long getEnrollmentId() { return enrollmentId; }
    public String getEmployeeName() { return employeeName; }
    public String getEmployeeEmail() { return employeeEmail; }
    public boolean isPassed() { return passed; }
    public Integer getScore() { return score; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
