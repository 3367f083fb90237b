package dev.partnerprogram.common;

import jakarta.persistence.MappedSuperclass;

/**
 * A row whose life a process drives: it keeps the id of its process instance (column {@code process_instance_id}),
 * attached by the facade that stored it and started the process in the same transaction (workflow's
 * {@code SubjectProcesses}).
 */
@MappedSuperclass
public abstract class ProcessSubject extends Versioned {

    private String processInstanceId;

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
