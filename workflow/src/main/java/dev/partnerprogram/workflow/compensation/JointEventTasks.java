package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.event.JointEventService;
import dev.partnerprogram.event.JointEventService.ReviewDecision;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.PartnerSubjectTasks;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code joint-event}: marketing's review and the partner's answer to a proposed date. */
@Component
class JointEventTasks extends PartnerSubjectTasks {

    private final JointEventService events;

    JointEventTasks(JointEventService events) {
        super(JointEventProcess.KEY, SubjectType.JOINT_EVENT, id -> events.get(id));
        this.events = events;
        // Which fields each decision needs (staff for an approval, a date for a proposal) is the domain's rule.
        task(TaskSpec.of(JointEventProcess.USER_REVIEW_EVENT)
                .decisions(Decision.APPROVE, Decision.REJECT, Decision.PROPOSE_DATE).commentFor(Decision.REJECT)
                .fields(FieldSpec.text("staffNames", 500), FieldSpec.date("proposedDate")), this::review);
        task(TaskSpec.of(JointEventProcess.USER_ANSWER_PROPOSED_DATE).decisions(Decision.ACCEPT, Decision.DECLINE),
                this::answerProposedDate);
    }

    private void review(long id, Caller caller, TaskInput input, Map<String, Object> variables) {
        ReviewDecision review = input.decision(ReviewDecision.class);
        events.recordReviewDecision(id, review, input.text("staffNames"), input.date("proposedDate"), input.comment(),
                caller.username());
        JointEventProcess.DECISION.put(variables, review.name());
    }

    private void answerProposedDate(long id, Caller caller, TaskInput input, Map<String, Object> variables) {
        boolean accepted = input.decision() == Decision.ACCEPT;
        events.recordDateAnswer(id, accepted, caller.username());
        JointEventProcess.DATE_ACCEPTED.put(variables, accepted);
    }
}
