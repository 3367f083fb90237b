package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.event.JointEventService;
import dev.partnerprogram.event.JointEventService.ReviewDecision;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.workflow.task.FormField;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code joint-event}: marketing's review and the partner's answer to a proposed date. */
@Component
class JointEventTasks implements TaskHandler {

    static final String ACCEPT = "ACCEPT";
    static final String DECLINE = "DECLINE";

    private static final Map<String, List<FormField>> FORMS = Map.of(
            JointEventProcess.USER_REVIEW_EVENT, List.of(
                    new FormField("decision", "choice", true, List.of("APPROVE", "REJECT", "PROPOSE_DATE")),
                    new FormField("staffNames", "text", false, List.of()),
                    new FormField("proposedDate", "date", false, List.of()),
                    new FormField("comment", "text", false, List.of())),
            JointEventProcess.USER_ANSWER_PROPOSED_DATE, List.of(
                    new FormField("decision", "choice", true, List.of(ACCEPT, DECLINE)),
                    new FormField("comment", "text", false, List.of())));

    private final JointEventService events;

    JointEventTasks(JointEventService events) {
        this.events = events;
    }

    @Override
    public String processKey() {
        return JointEventProcess.KEY;
    }

    @Override
    public String subjectType() {
        return "joint-event";
    }

    @Override
    public Long partnerOf(long subjectId) {
        try {
            return events.get(subjectId).getPartnerId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean maySee(Caller caller, long subjectId) {
        try {
            return caller.maySee(events.get(subjectId).getPartnerId());
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public List<FormField> form(String taskKey) {
        return FORMS.getOrDefault(taskKey, List.of());
    }

    @Override
    public Map<String, Object> complete(String taskKey, long id, Caller caller, TaskCompletion input) {
        Map<String, Object> variables = new HashMap<>();
        String decision = input.decision() == null ? "" : input.decision().trim().toUpperCase(Locale.ROOT);
        switch (taskKey) {
            case JointEventProcess.USER_REVIEW_EVENT -> {
                ReviewDecision review;
                try {
                    review = ReviewDecision.valueOf(decision);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("decision", "error.oneOf", "APPROVE, REJECT, PROPOSE_DATE");
                }
                events.recordReviewDecision(id, review, input.field("staffNames"),
                        CompensationTasks.date("proposedDate", input.field("proposedDate")), input.comment(), caller.username());
                JointEventProcess.DECISION.put(variables, review.name());
            }
            case JointEventProcess.USER_ANSWER_PROPOSED_DATE -> {
                if (!ACCEPT.equals(decision) && !DECLINE.equals(decision)) {
                    throw new InvalidInputException("decision", "error.oneOf", ACCEPT + ", " + DECLINE);
                }
                events.recordDateAnswer(id, ACCEPT.equals(decision), caller.username());
                JointEventProcess.DATE_ACCEPTED.put(variables, ACCEPT.equals(decision));
            }
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        return variables;
    }
}
