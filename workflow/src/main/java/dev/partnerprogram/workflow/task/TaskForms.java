package dev.partnerprogram.workflow.task;

import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The inputs each user task takes, by task definition key. */
final class TaskForms {
    private static final List<String> ACTIVITIES = Arrays.stream(PlannedActivity.values()).map(Enum::name).toList();

    private static final Map<String, List<FormField>> FORMS = Map.of(
            PartnerApplicationProcess.USER_REVIEW_APPLICATION, List.of(
                    FormField.choice("decision", true, List.of("APPROVE", "REJECT", "REWORK")),
                    FormField.text("comment", false)),
            PartnerApplicationProcess.USER_REVISE_APPLICATION, List.of(
                    FormField.text("companyName", false),
                    FormField.text("region", false),
                    FormField.text("website", false),
                    FormField.text("contactName", false),
                    FormField.text("contactEmail", false),
                    FormField.text("contactPhone", false),
                    new FormField("activities", "multichoice", false, ACTIVITIES),
                    FormField.number("teamSize", false),
                    FormField.text("description", false),
                    FormField.text("comment", false)),
            PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, List.of(
                    FormField.text("comment", false)),
            PartnerApplicationProcess.USER_CONFIRM_AGREEMENT, List.of(
                    FormField.choice("decision", true, List.of("APPROVE", "REWORK")),
                    FormField.text("comment", false)));

    private TaskForms() {}

    static List<FormField> of(String taskKey) {
        return FORMS.getOrDefault(taskKey, List.of());
    }
}
