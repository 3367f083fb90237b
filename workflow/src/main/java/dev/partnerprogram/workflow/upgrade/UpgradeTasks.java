package dev.partnerprogram.workflow.upgrade;

import dev.partnerprogram.application.ApplicationService.ReviewDecision;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.upgrade.UpgradeService;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.FormValues;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.ProcessTasks;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code status-upgrade}. Its subject is a status application like the join's, so the inbox links
 * them to the same application page. A committee vote is a manager's, once per application, always with a reason.
 */
@Component
class UpgradeTasks extends ProcessTasks {

    private final ApplicationService applications;
    private final UpgradeService upgrades;

    UpgradeTasks(ApplicationService applications, UpgradeService upgrades) {
        super(StatusUpgradeProcess.KEY, SubjectType.APPLICATION);
        this.applications = applications;
        this.upgrades = upgrades;
        task(TaskSpec.of(StatusUpgradeProcess.USER_REVIEW_UPGRADE)
                .decisions(Decision.APPROVE, Decision.REJECT, Decision.REWORK).commentFor(Decision.REJECT, Decision.REWORK),
                this::review);
        // The partner's new evidence; left out, the current one stands.
        task(TaskSpec.of(StatusUpgradeProcess.USER_REVISE_UPGRADE).fields(FieldSpec.longText("description", 4000)),
                (applicationId, caller, input, variables) ->
                        upgrades.revise(applicationId, input.text("description"), input.comment(), caller.username()));
        task(TaskSpec.of(StatusUpgradeProcess.USER_COMMITTEE_VOTE).decisions(Decision.APPROVE, Decision.REJECT).commentAlways(),
                this::vote);
    }

    @Override
    public Map<String, String> currentValues(String taskKey, long applicationId) {
        if (!StatusUpgradeProcess.USER_REVISE_UPGRADE.equals(taskKey)) {
            return Map.of();
        }
        return FormValues.of().with("description", applications.get(applicationId).details().description()).toMap();
    }

    private void review(long applicationId, Caller caller, TaskInput input, Map<String, Object> variables) {
        ReviewDecision decision = input.decision(ReviewDecision.class);
        applications.recordReviewDecision(applicationId, decision, input.comment(), caller.username());
        StatusUpgradeProcess.DECISION.put(variables, decision.name());
    }

    private void vote(long applicationId, Caller caller, TaskInput input, Map<String, Object> variables) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.committee");
        }
        var tally = upgrades.recordVote(applicationId, input.approved(), input.comment(), caller.username());
        StatusUpgradeProcess.COMMITTEE_DECIDED.put(variables, tally.decided());
        StatusUpgradeProcess.COMMITTEE_APPROVED.put(variables, tally.approved());
    }
}
