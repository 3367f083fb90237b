package dev.partnerprogram.workflow.training;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.training.CatalogueService;
import dev.partnerprogram.training.Enrollment;
import dev.partnerprogram.training.EnrollmentLifecycle;
import dev.partnerprogram.training.EnrollmentService;
import dev.partnerprogram.training.TrainingResult;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.PartnerSubjectTasks;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code training-enrollment}: training staff confirm or reject, the trainer records the result. */
@Component
class TrainingTasks extends PartnerSubjectTasks {

    private final EnrollmentService enrollments;
    private final EnrollmentLifecycle lifecycle;
    private final CatalogueService catalogue;

    TrainingTasks(EnrollmentService enrollments, EnrollmentLifecycle lifecycle, CatalogueService catalogue) {
        super(TrainingEnrollmentProcess.KEY, SubjectType.ENROLLMENT, id -> enrollments.get(id));
        this.enrollments = enrollments;
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
        task(TaskSpec.of(TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT), this::confirm);
        task(TaskSpec.of(TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT).fields(
                FieldSpec.choice("result", TrainingResult.class, "training.result").asRequired(),
                FieldSpec.number("score", 0, 100)), this::recordResult);
    }

    /** The enrolling partner and staff; for a partner-led session, the trainer partner too. */
    @Override
    public boolean maySee(Caller caller, long enrollmentId) {
        Enrollment enrollment = enrollments.get(enrollmentId);
        Long trainer = catalogue.session(enrollment.getSessionId()).getTrainerPartnerId();
        return caller.maySee(enrollment.getPartnerId()) || (trainer != null && caller.ownsPartner(trainer));
    }

    private void confirm(long enrollmentId, Caller caller, TaskInput input, Map<String, Object> variables) {
        lifecycle.recordDecision(enrollmentId, input.approved(), input.comment(), caller.username());
        TrainingEnrollmentProcess.DECISION.put(variables, input.decision().name());
    }

    private void recordResult(long enrollmentId, Caller caller, TaskInput input, Map<String, Object> variables) {
        TrainingResult result = input.choice("result", TrainingResult.class);
        lifecycle.recordResult(enrollmentId, result, input.integer("score"), input.comment(), caller.username());
        TrainingEnrollmentProcess.TRAINING_RESULT.put(variables, result.name());
    }
}
