package dev.partnerprogram.workflow.training;

import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.training.EnrollmentService;
import dev.partnerprogram.training.TrainingResult;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInputs;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The completion handlers of {@code training-enrollment}'s user tasks, called by the inbox within its transaction. */
@Component
public class TrainingTasks {
    private final EnrollmentService enrollments;

    TrainingTasks(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    public void complete(String taskKey, long enrollmentId, Caller caller, TaskCompletion input, Map<String, Object> variables) {
        switch (taskKey) {
            case TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT -> {
                boolean approve = TaskInputs.approve(input.decision());
                enrollments.recordDecision(enrollmentId, approve, input.comment(), caller.username());
                TrainingEnrollmentProcess.DECISION.put(variables, (approve ? TrainingEnrollmentProcess.Decision.APPROVE
                        : TrainingEnrollmentProcess.Decision.REJECT).name());
            }
            case TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT -> {
                TrainingResult result = TaskInputs.choice("result", input.field("result"), TrainingResult.class);
                enrollments.recordResult(enrollmentId, result, TaskInputs.integer("score", input.field("score")), input.comment(),
                        caller.username());
                TrainingEnrollmentProcess.TRAINING_RESULT.put(variables, result.name());
            }
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
    }
}
