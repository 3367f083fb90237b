package dev.partnerprogram.workflow.upgrade;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.processes.PartnerYearProcess.TierDecision;
import dev.partnerprogram.upgrade.PartnerYearService;
import dev.partnerprogram.workflow.task.FormField;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskHandler;
import dev.partnerprogram.workflow.task.TaskInputs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The manager's decision on a partner that no longer meets its tier; the subject is the partner. */
@Component
class PartnerYearTasks implements TaskHandler {

    static final String SUBJECT = "partner";
    private static final List<FormField> DECIDE_TIER = List.of(
            new FormField("decision", "choice", true, List.of(TierDecision.KEEP.name(), TierDecision.LOWER.name())),
            new FormField("comment", "text", false, List.of()));

    private final PartnerYearService years;
    private final PartnerService partners;

    PartnerYearTasks(PartnerYearService years, PartnerService partners) {
        this.years = years;
        this.partners = partners;
    }

    @Override
    public String processKey() {
        return PartnerYearProcess.KEY;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public boolean maySee(Caller caller, long partnerId) {
        return caller.isStaff();
    }

    /** The subject is the partner itself. */
    @Override
    public Long partnerOf(long partnerId) {
        try {
            return partners.get(partnerId).getId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public List<FormField> form(String taskKey) {
        return PartnerYearProcess.USER_DECIDE_TIER.equals(taskKey) ? DECIDE_TIER : List.of();
    }

    @Override
    public Map<String, Object> complete(String taskKey, long partnerId, Caller caller, TaskCompletion input) {
        if (!PartnerYearProcess.USER_DECIDE_TIER.equals(taskKey)) {
            throw new IllegalStateException("No form handler for task " + taskKey);
        }
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.tier.managerDecides");
        }
        TierDecision decision = TaskInputs.choice("decision", input.decision(), TierDecision.class);
        years.decide(partnerId, decision == TierDecision.LOWER, input.comment(), caller.username());
        Map<String, Object> variables = new HashMap<>();
        PartnerYearProcess.TIER_DECISION.put(variables, decision.name());
        return variables;
    }
}
