package dev.partnerprogram.workflow.agreement;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.processes.PartnerAgreementProcess.RenewalDecision;
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
 * The user tasks of {@code partner-agreement}: the partner hands in the signed renewal it uploaded, a reviewer confirms
 * or returns it. The subject is the partner's agreement, named by the partner's id.
 */
@Component
class AgreementTasks extends ProcessTasks implements SubjectAccess {

    private static final List<TaskSpec> SPECS = List.of(
            TaskSpec.of(PartnerAgreementProcess.USER_UPLOAD_RENEWAL),
            TaskSpec.of(PartnerAgreementProcess.USER_CONFIRM_RENEWAL)
                    .decisions(Decision.APPROVE, Decision.REWORK).commentFor(Decision.REWORK));

    private final AgreementService agreements;

    AgreementTasks(AgreementService agreements) {
        super(PartnerAgreementProcess.KEY, SubjectType.AGREEMENT, SPECS);
        this.agreements = agreements;
    }

    /** The agreement belongs to its partner; one without an agreement has none to show. */
    @Override
    public long ownerOf(long partnerId) {
        return agreements.get(partnerId).getPartnerId();
    }

    @Override
    public Map<String, Object> complete(String taskKey, long partnerId, Caller caller, TaskInput input) {
        Map<String, Object> variables = new HashMap<>();
        switch (taskKey) {
            case PartnerAgreementProcess.USER_UPLOAD_RENEWAL -> agreements.renewalSubmitted(partnerId);
            case PartnerAgreementProcess.USER_CONFIRM_RENEWAL -> {
                RenewalDecision decision = RenewalDecision.valueOf(input.decision().name());
                agreements.recordRenewalDecision(partnerId, decision == RenewalDecision.APPROVE, input.comment(), caller.username());
                PartnerAgreementProcess.RENEWAL_DECISION.put(variables, decision.name());
            }
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        return variables;
    }
}
