package dev.partnerprogram.workflow.agreement;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.AgreementTerminationProcess;
import dev.partnerprogram.processes.AgreementTerminationProcess.TerminationDecision;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.ProcessTasks;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user task of {@code agreement-termination}: a second manager approves or rejects (with a reason) the termination
 * another manager asked for; the domain refuses the manager who asked (four eyes). The subject is the partner's
 * agreement, named by the partner's id, as for the agreement's own tasks.
 */
@Component
class TerminationTasks extends ProcessTasks {

    private final AgreementService agreements;

    TerminationTasks(AgreementService agreements) {
        super(AgreementTerminationProcess.KEY, SubjectType.AGREEMENT);
        this.agreements = agreements;
        task(TaskSpec.of(AgreementTerminationProcess.USER_APPROVE_TERMINATION)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT), this::decide);
    }

    private void decide(long partnerId, Caller caller, TaskInput input, Map<String, Object> variables) {
        TerminationDecision decision = input.decision(TerminationDecision.class);
        agreements.decideTermination(partnerId, decision == TerminationDecision.APPROVE, input.comment(), caller.username());
        AgreementTerminationProcess.TERMINATION_DECISION.put(variables, decision.name());
    }
}
