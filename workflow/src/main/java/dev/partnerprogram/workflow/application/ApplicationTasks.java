package dev.partnerprogram.workflow.application;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationService.ReviewDecision;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.DocumentRepository;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.FormValues;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.PartnerSubjectTasks;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code partner-application}: the review, the partner's revision, the signed agreement and its
 * confirmation. Applications are the subject of the designation and upgrade processes too; this class answers for
 * the subject type.
 */
@Component
class ApplicationTasks extends PartnerSubjectTasks {

    private final ApplicationService applications;
    private final DocumentRepository documents;

    ApplicationTasks(ApplicationService applications, DocumentRepository documents) {
        super(PartnerApplicationProcess.KEY, SubjectType.APPLICATION, id -> applications.get(id));
        this.applications = applications;
        this.documents = documents;
        task(TaskSpec.of(PartnerApplicationProcess.USER_REVIEW_APPLICATION)
                .decisions(Decision.APPROVE, Decision.REJECT, Decision.REWORK)
                .commentFor(Decision.REJECT, Decision.REWORK), this::review);
        // Fields the partner leaves out keep their current values.
        task(TaskSpec.of(PartnerApplicationProcess.USER_REVISE_APPLICATION).fields(
                FieldSpec.text("companyName", 200), FieldSpec.text("region", 100), FieldSpec.text("website", 200),
                FieldSpec.text("contactName", 200), FieldSpec.text("contactEmail", 200),
                FieldSpec.text("contactPhone", 30), FieldSpec.choices("activities", PlannedActivity.class, "activity"),
                FieldSpec.number("teamSize", 1, ApplicationDetails.MAX_TEAM), FieldSpec.longText("description", 4000)),
                (applicationId, caller, input, variables) -> applications.revise(applicationId,
                        revised(applications.get(applicationId).details(), input), input.comment(), caller.username()));
        task(TaskSpec.of(PartnerApplicationProcess.USER_UPLOAD_AGREEMENT),
                (applicationId, caller, input, variables) -> applications.agreementUploaded(applicationId, caller.username(),
                        documents.existsBySubjectIdAndKind(applicationId, DocumentKind.AGREEMENT)));
        task(TaskSpec.of(PartnerApplicationProcess.USER_CONFIRM_AGREEMENT)
                .decisions(Decision.APPROVE, Decision.REWORK).commentFor(Decision.REWORK), this::confirmAgreement);
    }

    @Override
    public Map<String, String> currentValues(String taskKey, long applicationId) {
        if (!PartnerApplicationProcess.USER_REVISE_APPLICATION.equals(taskKey)) {
            return Map.of();
        }
        ApplicationDetails d = applications.get(applicationId).details();
        return FormValues.of().with("companyName", d.companyName()).with("region", d.region()).with("website", d.website())
                .with("contactName", d.contactName()).with("contactEmail", d.contactEmail()).with("contactPhone", d.contactPhone())
                .with("activities", d.activities()).with("teamSize", d.teamSize()).with("description", d.description()).toMap();
    }

    private void review(long applicationId, Caller caller, TaskInput input, Map<String, Object> variables) {
        ReviewDecision decision = input.decision(ReviewDecision.class);
        applications.recordReviewDecision(applicationId, decision, input.comment(), caller.username());
        PartnerApplicationProcess.DECISION.put(variables, decision.name());
    }

    private void confirmAgreement(long applicationId, Caller caller, TaskInput input, Map<String, Object> variables) {
        applications.recordAgreementDecision(applicationId, input.approved(), input.comment(), caller.username());
        PartnerApplicationProcess.DECISION.put(variables, input.decision().name());
    }

    private static ApplicationDetails revised(ApplicationDetails d, TaskInput input) {
        Set<PlannedActivity> activities = input.choices("activities", PlannedActivity.class);
        Integer teamSize = input.integer("teamSize");
        return new ApplicationDetails(
                or(input.text("companyName"), d.companyName()), or(input.text("region"), d.region()),
                or(input.text("website"), d.website()), or(input.text("contactName"), d.contactName()),
                or(input.text("contactEmail"), d.contactEmail()), or(input.text("contactPhone"), d.contactPhone()),
                activities == null ? d.activities() : activities, teamSize == null ? d.teamSize() : teamSize,
                or(input.text("description"), d.description()));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
