package dev.partnerprogram.workflow.training;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.training.CatalogueService;
import dev.partnerprogram.training.Enrollment;
import dev.partnerprogram.training.EnrollmentLifecycle;
import dev.partnerprogram.training.EnrollmentService;
import dev.partnerprogram.training.TrainingResult;
import dev.partnerprogram.workflow.task.FormField;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskHandler;
import dev.partnerprogram.workflow.task.TaskInputs;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code training-enrollment}: training staff confirm or reject, the trainer records the result. */
@Component
class TrainingTasks implements TaskHandler {

    private static final Map<String, List<FormField>> FORMS = Map.of(
            TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT, List.of(
                    new FormField("decision", "choice", true, TaskInputs.APPROVE_OR_REJECT),
                    new FormField("comment", "text", false, List.of())),
            TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT, List.of(
                    new FormField("result", "choice", true, Arrays.stream(TrainingResult.values()).map(Enum::name).toList()),
                    new FormField("score", "number", false, List.of()),
                    new FormField("comment", "text", false, List.of())));

    private final EnrollmentService enrollments;
    private final EnrollmentLifecycle lifecycle;
    private final CatalogueService catalogue;

    TrainingTasks(EnrollmentService enrollments, EnrollmentLifecycle lifecycle, CatalogueService catalogue) {
        this.enrollments = enrollments;
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
    }

    @Override
    public String processKey() {
        return TrainingEnrollmentProcess.KEY;
    }

    @Override
    public String subjectType() {
        return "enrollment";
    }

    /** The enrolling partner and staff; for a partner-led session, the trainer partner too. */
    @Override
    public Long partnerOf(long subjectId) {
        try {
            return enrollments.get(subjectId).getPartnerId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean maySee(Caller caller, long enrollmentId) {
        Enrollment enrollment = enrollments.get(enrollmentId);
        Long trainer = catalogue.session(enrollment.getSessionId()).getTrainerPartnerId();
        return caller.maySee(enrollment.getPartnerId()) || (trainer != null && caller.ownsPartner(trainer));
    }

    @Override
    public List<FormField> form(String taskKey) {
        return FORMS.getOrDefault(taskKey, List.of());
    }

    @Override
    public Map<String, Object> complete(String taskKey, long enrollmentId, Caller caller, TaskCompletion input) {
        Map<String, Object> variables = new HashMap<>();
        switch (taskKey) {
            case TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT -> {
                boolean approve = TaskInputs.approve(input.decision());
                lifecycle.recordDecision(enrollmentId, approve, input.comment(), caller.username());
                TrainingEnrollmentProcess.DECISION.put(variables, (approve ? TrainingEnrollmentProcess.Decision.APPROVE
                        : TrainingEnrollmentProcess.Decision.REJECT).name());
            }
            case TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT -> {
                TrainingResult result = TaskInputs.choice("result", input.field("result"), TrainingResult.class);
                lifecycle.recordResult(enrollmentId, result, TaskInputs.integer("score", input.field("score")), input.comment(),
                        caller.username());
                TrainingEnrollmentProcess.TRAINING_RESULT.put(variables, result.name());
            }
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        return variables;
    }
}
