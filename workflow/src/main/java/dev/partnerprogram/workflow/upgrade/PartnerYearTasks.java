package dev.partnerprogram.workflow.upgrade;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.processes.PartnerYearProcess.TierDecision;
import dev.partnerprogram.upgrade.PartnerYearService;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.SubjectAccess;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.ProcessTasks;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The manager's decision on a partner that no longer meets its tier; the subject is the partner. */
@Component
class PartnerYearTasks extends ProcessTasks implements SubjectAccess {

    private final PartnerYearService years;
    private final PartnerService partners;

    PartnerYearTasks(PartnerYearService years, PartnerService partners) {
        super(PartnerYearProcess.KEY, SubjectType.PARTNER);
        this.years = years;
        this.partners = partners;
        task(TaskSpec.of(PartnerYearProcess.USER_DECIDE_TIER).decisions(Decision.KEEP, Decision.LOWER).commentFor(Decision.LOWER),
                this::decideTier);
    }

    /** A partner's tier review is the vendor's business until it is decided. */
    @Override
    public boolean maySee(Caller caller, long partnerId) {
        return caller.isStaff();
    }

    /** The subject is the partner itself. */
    @Override
    public long ownerOf(long partnerId) {
        return partners.get(partnerId).getId();
    }

    private void decideTier(long partnerId, Caller caller, TaskInput input, Map<String, Object> variables) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.tier.managerDecides");
        }
        TierDecision decision = input.decision(TierDecision.class);
        years.decide(partnerId, decision == TierDecision.LOWER, input.comment(), caller.username());
        PartnerYearProcess.TIER_DECISION.put(variables, decision.name());
    }
}
