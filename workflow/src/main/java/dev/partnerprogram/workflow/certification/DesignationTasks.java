package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.certification.DesignationService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.workflow.task.FormField;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskHandler;
import dev.partnerprogram.workflow.task.TaskInputs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code designation-certification}: the technical review, then a manager's decision. */
@Component
class DesignationTasks implements TaskHandler {

    private static final List<FormField> DECISION_FORM = List.of(
            new FormField("decision", "choice", true, TaskInputs.APPROVE_OR_REJECT),
            new FormField("comment", "text", false, List.of()));

    private final DesignationService designations;
    private final ApplicationService applications;

    DesignationTasks(DesignationService designations, ApplicationService applications) {
        this.designations = designations;
        this.applications = applications;
    }

    @Override
    public String processKey() {
        return DesignationCertificationProcess.KEY;
    }

    /** Designation applications are status applications: their page, documents and history are the application's. */
    @Override
    public String subjectType() {
        return "application";
    }

    @Override
    public Long partnerOf(long subjectId) {
        try {
            return applications.get(subjectId).getPartnerId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean maySee(Caller caller, long applicationId) {
        return caller.maySee(applications.get(applicationId).getPartnerId());
    }

    @Override
    public List<FormField> form(String taskKey) {
        return DECISION_FORM;
    }

    @Override
    public Map<String, Object> complete(String taskKey, long applicationId, Caller caller, TaskCompletion input) {
        boolean approve = TaskInputs.approve(input.decision());
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
        DesignationCertificationProcess.DECISION.put(variables, (approve ? DesignationCertificationProcess.Decision.APPROVE
                : DesignationCertificationProcess.Decision.REJECT).name());
        return variables;
    }
}
