package dev.partnerprogram.workflow.upgrade;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationService.ReviewDecision;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.upgrade.UpgradeService;
import dev.partnerprogram.workflow.task.FormField;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskHandler;
import dev.partnerprogram.workflow.task.TaskInputs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code status-upgrade}. Its subject is a status application like the join's, so the inbox links
 * them to the same application page. A committee vote is a manager's, once per application, always with a reason.
 */
@Component
class UpgradeTasks implements TaskHandler {

    private static final String SUBJECT = "application";
    private static final Map<String, List<FormField>> FORMS = Map.of(
            StatusUpgradeProcess.USER_REVIEW_UPGRADE, List.of(
                    new FormField("decision", "choice", true, List.of("APPROVE", "REJECT", "REWORK")),
                    new FormField("comment", "text", false, List.of())),
            StatusUpgradeProcess.USER_REVISE_UPGRADE, List.of(
                    new FormField("description", "text", false, List.of()),
                    new FormField("comment", "text", false, List.of())),
            StatusUpgradeProcess.USER_COMMITTEE_VOTE, List.of(
                    new FormField("decision", "choice", true, List.of("APPROVE", "REJECT")),
                    new FormField("comment", "text", true, List.of())));

    private final ApplicationService applications;
    private final UpgradeService upgrades;

    UpgradeTasks(ApplicationService applications, UpgradeService upgrades) {
        this.applications = applications;
        this.upgrades = upgrades;
    }

    @Override
    public String processKey() {
        return StatusUpgradeProcess.KEY;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public boolean maySee(Caller caller, long subjectId) {
        try {
            return caller.maySee(applications.get(subjectId).getPartnerId());
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public Long partnerOf(long applicationId) {
        try {
            return applications.get(applicationId).getPartnerId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public List<FormField> form(String taskKey) {
        return FORMS.getOrDefault(taskKey, List.of());
    }

    @Override
    public Map<String, Object> complete(String taskKey, long applicationId, Caller caller, TaskCompletion input) {
        Map<String, Object> variables = new HashMap<>();
        switch (taskKey) {
            case StatusUpgradeProcess.USER_REVIEW_UPGRADE -> {
                ReviewDecision decision = TaskInputs.choice("decision", input.decision(), ReviewDecision.class);
                applications.recordReviewDecision(applicationId, decision, input.comment(), caller.username());
                StatusUpgradeProcess.DECISION.put(variables, decision.name());
            }
            case StatusUpgradeProcess.USER_REVISE_UPGRADE ->
                    upgrades.revise(applicationId, input.field("description"), input.comment(), caller.username());
            case StatusUpgradeProcess.USER_COMMITTEE_VOTE -> {
                if (!caller.has(Role.MANAGER)) {
                    throw new ForbiddenException("forbidden.committee");
                }
                var tally = upgrades.recordVote(applicationId, TaskInputs.approve(input.decision()), input.comment(), caller.username());
                StatusUpgradeProcess.COMMITTEE_DECIDED.put(variables, tally.decided());
                StatusUpgradeProcess.COMMITTEE_APPROVED.put(variables, tally.approved());
            }
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        return variables;
    }
}
