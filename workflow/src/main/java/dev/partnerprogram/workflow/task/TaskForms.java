package dev.partnerprogram.workflow.task;

import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The inputs each user task takes, by task definition key. */
final class TaskForms {
    private static final List<String> ACTIVITIES = Arrays.stream(PlannedActivity.values()).map(Enum::name).toList();
    private static final List<String> APPROVE_OR_REJECT = List.of("APPROVE", "REJECT");

    private static final Map<String, List<FormField>> FORMS = Map.ofEntries(
            Map.entry(PartnerApplicationProcess.USER_REVIEW_APPLICATION, List.of(
                    FormField.choice("decision", true, List.of("APPROVE", "REJECT", "REWORK")),
                    FormField.text("comment", false))),
            Map.entry(PartnerApplicationProcess.USER_REVISE_APPLICATION, List.of(
                    FormField.text("companyName", false),
                    FormField.text("region", false),
                    FormField.text("website", false),
                    FormField.text("contactName", false),
                    FormField.text("contactEmail", false),
                    FormField.text("contactPhone", false),
                    new FormField("activities", "multichoice", false, ACTIVITIES),
                    FormField.number("teamSize", false),
                    FormField.text("description", false),
                    FormField.text("comment", false))),
            Map.entry(PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, List.of(
                    FormField.text("comment", false))),
            Map.entry(PartnerApplicationProcess.USER_CONFIRM_AGREEMENT, List.of(
                    FormField.choice("decision", true, List.of("APPROVE", "REWORK")),
                    FormField.text("comment", false))),
            Map.entry(TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT, List.of(
                    FormField.choice("decision", true, APPROVE_OR_REJECT),
                    FormField.text("comment", false))),
            Map.entry(TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT, List.of(
                    FormField.choice("result", true, Arrays.stream(TrainingEnrollmentProcess.Result.values()).map(Enum::name).toList()),
                    FormField.number("score", false),
                    FormField.text("comment", false))),
            Map.entry(SpecialistCertificationProcess.USER_SCHEDULE_EXAM, List.of(
                    FormField.choice("decision", true, APPROVE_OR_REJECT),
                    FormField.date("examDate", false),
                    FormField.text("comment", false))),
            Map.entry(SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT, List.of(
                    FormField.number("score", true),
                    FormField.text("comment", false))),
            Map.entry(DesignationCertificationProcess.USER_TECHNICAL_REVIEW, List.of(
                    FormField.choice("decision", true, APPROVE_OR_REJECT),
                    FormField.text("comment", false))),
            Map.entry(DesignationCertificationProcess.USER_MANAGER_DECISION, List.of(
                    FormField.choice("decision", true, APPROVE_OR_REJECT),
                    FormField.text("comment", false))));

    private TaskForms() {}

    static List<FormField> of(String taskKey) {
        return FORMS.getOrDefault(taskKey, List.of());
    }
}
