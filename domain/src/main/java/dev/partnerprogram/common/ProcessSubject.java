package dev.partnerprogram.common;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A row whose life a process drives: the partner it is for, when a step last changed it, and the id of its process
 * instance (column {@code process_instance_id}), attached by the facade that stored it and started the process in the
 * same transaction (workflow's {@code SubjectProcesses}).
 */
@MappedSuperclass
public abstract class ProcessSubject extends Versioned {

    private Long partnerId;
    private String processInstanceId;
    private Instant updatedAt;

    protected ProcessSubject() {}

    protected ProcessSubject(Long partnerId, Instant at) {
        this.partnerId = partnerId;
        this.updatedAt = at;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** A step changed it. */
    protected void touch(Instant at) {
        this.updatedAt = at;
    }

    /** It is now for another partner. */
    protected void passTo(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
