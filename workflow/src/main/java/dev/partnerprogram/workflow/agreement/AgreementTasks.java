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
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code partner-agreement}: the partner hands in the signed renewal it uploaded, a reviewer confirms
 * or returns it. The subject is the partner's agreement, named by the partner's id.
 */
@Component
class AgreementTasks extends ProcessTasks implements SubjectAccess {

    private final AgreementService agreements;

    AgreementTasks(AgreementService agreements) {
        super(PartnerAgreementProcess.KEY, SubjectType.AGREEMENT);
        this.agreements = agreements;
        task(TaskSpec.of(PartnerAgreementProcess.USER_UPLOAD_RENEWAL),
                (partnerId, caller, input, variables) -> agreements.renewalSubmitted(partnerId));
        task(TaskSpec.of(PartnerAgreementProcess.USER_CONFIRM_RENEWAL)
                .decisions(Decision.APPROVE, Decision.REWORK).commentFor(Decision.REWORK), this::confirmRenewal);
    }

    /** The agreement belongs to its partner; one without an agreement has none to show. */
    @Override
    public long ownerOf(long partnerId) {
        return agreements.get(partnerId).getPartnerId();
    }

    private void confirmRenewal(long partnerId, Caller caller, TaskInput input, Map<String, Object> variables) {
        RenewalDecision decision = input.decision(RenewalDecision.class);
        agreements.recordRenewalDecision(partnerId, decision == RenewalDecision.APPROVE, input.comment(), caller.username());
        PartnerAgreementProcess.RENEWAL_DECISION.put(variables, decision.name());
    }
}
