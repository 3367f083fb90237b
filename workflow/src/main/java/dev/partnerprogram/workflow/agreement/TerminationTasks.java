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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user task of {@code agreement-termination}: a second manager approves or rejects (with a reason) the termination
 * another manager asked for; the domain refuses the manager who asked (four eyes). The subject is the partner's
 * agreement, named by the partner's id, as for the agreement's own tasks.
 */
@Component
class TerminationTasks extends ProcessTasks {

    private static final List<TaskSpec> SPECS = List.of(
            TaskSpec.of(AgreementTerminationProcess.USER_APPROVE_TERMINATION)
                    .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT));

    private final AgreementService agreements;

    TerminationTasks(AgreementService agreements) {
        super(AgreementTerminationProcess.KEY, SubjectType.AGREEMENT, SPECS);
        this.agreements = agreements;
    }

    @Override
    public Map<String, Object> complete(String taskKey, long partnerId, Caller caller, TaskInput input) {
        if (!AgreementTerminationProcess.USER_APPROVE_TERMINATION.equals(taskKey)) {
            throw new IllegalStateException("No form handler for task " + taskKey);
        }
        TerminationDecision decision = TerminationDecision.valueOf(input.decision().name());
        agreements.decideTermination(partnerId, decision == TerminationDecision.APPROVE, input.comment(), caller.username());
        Map<String, Object> variables = new HashMap<>();
        AgreementTerminationProcess.TERMINATION_DECISION.put(variables, decision.name());
        return variables;
    }
}
