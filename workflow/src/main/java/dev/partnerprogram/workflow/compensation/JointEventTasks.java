package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.event.JointEventService;
import dev.partnerprogram.event.JointEventService.ReviewDecision;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectAccess;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskHandler;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The user tasks of {@code joint-event}: marketing's review and the partner's answer to a proposed date. */
@Component
class JointEventTasks implements TaskHandler, SubjectAccess {

    // Which fields each decision needs (staff for an approval, a date for a proposal) is the domain's rule.
    private static final List<TaskSpec> SPECS = List.of(
            TaskSpec.of(JointEventProcess.USER_REVIEW_EVENT)
                    .decisions(Decision.APPROVE, Decision.REJECT, Decision.PROPOSE_DATE).commentFor(Decision.REJECT)
                    .fields(FieldSpec.text("staffNames", 500), FieldSpec.date("proposedDate")),
            TaskSpec.of(JointEventProcess.USER_ANSWER_PROPOSED_DATE).decisions(Decision.ACCEPT, Decision.DECLINE));

    private final JointEventService events;

    JointEventTasks(JointEventService events) {
        this.events = events;
    }

    @Override
    public String processKey() {
        return JointEventProcess.KEY;
    }

    @Override
    public SubjectType subject() {
        return SubjectType.JOINT_EVENT;
    }

    @Override
    public SubjectType type() {
        return SubjectType.JOINT_EVENT;
    }

    @Override
    public Optional<Long> partnerOf(long subjectId) {
        try {
            return Optional.of(events.get(subjectId).getPartnerId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<TaskSpec> specs() {
        return SPECS;
    }

    @Override
    public Map<String, Object> complete(String taskKey, long id, Caller caller, TaskInput input) {
        Map<String, Object> variables = new HashMap<>();
        switch (taskKey) {
            case JointEventProcess.USER_REVIEW_EVENT -> {
                ReviewDecision review = ReviewDecision.valueOf(input.decision().name());
                events.recordReviewDecision(id, review, input.text("staffNames"), input.date("proposedDate"), input.comment(),
                        caller.username());
                JointEventProcess.DECISION.put(variables, review.name());
            }
            case JointEventProcess.USER_ANSWER_PROPOSED_DATE -> {
                boolean accepted = input.decision() == Decision.ACCEPT;
                events.recordDateAnswer(id, accepted, caller.username());
                JointEventProcess.DATE_ACCEPTED.put(variables, accepted);
            }
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        return variables;
    }
}
