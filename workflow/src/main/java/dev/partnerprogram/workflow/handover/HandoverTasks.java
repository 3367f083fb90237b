package dev.partnerprogram.workflow.handover;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.handover.HandoverService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.processes.ProjectHandoverProcess.Answer;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.ProcessTasks;
import dev.partnerprogram.workflow.task.SubjectAccess;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user task of {@code project-handover}: the partner holding the offer accepts or declines it. The subject belongs
 * to the partner holding (or having taken) the offer.
 */
@Component
class HandoverTasks extends ProcessTasks implements SubjectAccess {

    private static final List<TaskSpec> SPECS = List.of(
            TaskSpec.of(ProjectHandoverProcess.USER_ANSWER_OFFER).decisions(Decision.ACCEPT, Decision.DECLINE));

    private final HandoverService handovers;

    HandoverTasks(HandoverService handovers) {
        super(ProjectHandoverProcess.KEY, SubjectType.HANDOVER, SPECS);
        this.handovers = handovers;
    }

    @Override
    public long ownerOf(long handoverId) {
        Long partner = handovers.get(handoverId).getPartnerId();
        if (partner == null) {
            throw new NotFoundException("notFound.handover");
        }
        return partner;
    }

    @Override
    public Map<String, Object> complete(String taskKey, long handoverId, Caller caller, TaskInput input) {
        if (!ProjectHandoverProcess.USER_ANSWER_OFFER.equals(taskKey)) {
            throw new IllegalStateException("No form handler for task " + taskKey);
        }
        if (caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.partnerUserOnly");
        }
        Answer answer = Answer.valueOf(input.decision().name());
        handovers.answer(handoverId, caller.partnerId(), answer == Answer.ACCEPT, caller.username());
        Map<String, Object> variables = new HashMap<>();
        ProjectHandoverProcess.ANSWER.put(variables, answer.name());
        return variables;
    }
}
