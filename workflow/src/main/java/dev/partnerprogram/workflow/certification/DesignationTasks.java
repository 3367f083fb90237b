package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.certification.DesignationService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.ProcessTasks;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code designation-certification}: the technical review, then a manager's decision. */
@Component
class DesignationTasks extends ProcessTasks {

    private final DesignationService designations;

    /** Designation applications are status applications: their page, documents and history are the application's. */
    DesignationTasks(DesignationService designations) {
        super(DesignationCertificationProcess.KEY, SubjectType.APPLICATION);
        this.designations = designations;
        task(TaskSpec.of(DesignationCertificationProcess.USER_TECHNICAL_REVIEW)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT), this::technicalReview);
        task(TaskSpec.of(DesignationCertificationProcess.USER_MANAGER_DECISION)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT), this::managerDecision);
    }

    private void technicalReview(long applicationId, Caller caller, TaskInput input, Map<String, Object> variables) {
        designations.recordTechnicalReview(applicationId, input.approved(), input.comment(), caller.username());
        DesignationCertificationProcess.DECISION.put(variables, input.decision().name());
    }

    private void managerDecision(long applicationId, Caller caller, TaskInput input, Map<String, Object> variables) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.designation.managerDecides");
        }
        designations.recordManagerDecision(applicationId, input.approved(), input.comment(), caller.username());
        DesignationCertificationProcess.DECISION.put(variables, input.decision().name());
    }
}
