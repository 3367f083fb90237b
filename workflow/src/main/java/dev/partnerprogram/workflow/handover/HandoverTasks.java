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
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user task of {@code project-handover}: the partner holding the offer accepts or declines it. The subject belongs
 * to the partner holding (or having taken) the offer.
 */
@Component
class HandoverTasks extends ProcessTasks implements SubjectAccess {

    private final HandoverService handovers;

    HandoverTasks(HandoverService handovers) {
        super(ProjectHandoverProcess.KEY, SubjectType.HANDOVER);
        this.handovers = handovers;
        task(TaskSpec.of(ProjectHandoverProcess.USER_ANSWER_OFFER).decisions(Decision.ACCEPT, Decision.DECLINE), this::answer);
    }

    @Override
    public long ownerOf(long handoverId) {
        Long partner = handovers.get(handoverId).getPartnerId();
        if (partner == null) {
            throw new NotFoundException("notFound.handover");
        }
        return partner;
    }

    private void answer(long handoverId, Caller caller, TaskInput input, Map<String, Object> variables) {
        if (caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.partnerUserOnly");
        }
        Answer answer = input.decision(Answer.class);
        handovers.answer(handoverId, caller.partnerId(), answer == Answer.ACCEPT, caller.username());
        ProjectHandoverProcess.ANSWER.put(variables, answer.name());
    }
}
