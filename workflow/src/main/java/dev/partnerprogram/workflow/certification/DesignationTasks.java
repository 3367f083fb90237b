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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code designation-certification}: the technical review, then a manager's decision. */
@Component
class DesignationTasks extends ProcessTasks {

    private static final List<TaskSpec> SPECS = List.of(
            TaskSpec.of(DesignationCertificationProcess.USER_TECHNICAL_REVIEW)
                    .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT),
            TaskSpec.of(DesignationCertificationProcess.USER_MANAGER_DECISION)
                    .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT));

    private final DesignationService designations;

    DesignationTasks(DesignationService designations) {
        super(DesignationCertificationProcess.KEY, SubjectType.APPLICATION, SPECS);
        this.designations = designations;
    }

    /** Designation applications are status applications: their page, documents and history are the application's. */

    @Override
    public Map<String, Object> complete(String taskKey, long applicationId, Caller caller, TaskInput input) {
        boolean approve = input.approved();
        switch (taskKey) {
            case DesignationCertificationProcess.USER_TECHNICAL_REVIEW ->
                    designations.recordTechnicalReview(applicationId, approve, input.comment(), caller.username());
            case DesignationCertificationProcess.USER_MANAGER_DECISION -> {
                if (!caller.has(Role.MANAGER)) {
                    throw new ForbiddenException("forbidden.designation.managerDecides");
                }
                designations.recordManagerDecision(applicationId, approve, input.comment(), caller.username());
            }
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        Map<String, Object> variables = new HashMap<>();
        DesignationCertificationProcess.DECISION.put(variables, input.decision().name());
        return variables;
    }
}
