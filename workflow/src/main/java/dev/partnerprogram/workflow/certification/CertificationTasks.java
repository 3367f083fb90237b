package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.certification.CertificationExam;
import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.certification.DesignationService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInputs;
import dev.partnerprogram.workflow.training.TrainingCalendar;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The completion handlers of the user tasks of {@code specialist-certification} and {@code designation-certification},
 * called by the inbox within its transaction.
 */
@Component
public class CertificationTasks {
    private final CertificationService certification;
    private final DesignationService designations;
    private final TrainingCalendar calendar;

    CertificationTasks(CertificationService certification, DesignationService designations, TrainingCalendar calendar) {
        this.certification = certification;
        this.designations = designations;
        this.calendar = calendar;
    }

    public void complete(String taskKey, long subjectId, Caller caller, TaskCompletion input, Map<String, Object> variables) {
        switch (taskKey) {
            case SpecialistCertificationProcess.USER_SCHEDULE_EXAM -> {
                boolean approve = TaskInputs.approve(input.decision());
                CertificationExam exam = certification.recordScheduleDecision(subjectId, approve,
                        TaskInputs.date("examDate", input.field("examDate")), input.comment(), caller.username());
                SpecialistCertificationProcess.DECISION.put(variables, (approve ? SpecialistCertificationProcess.Decision.APPROVE
                        : SpecialistCertificationProcess.Decision.REJECT).name());
                if (approve) {
                    SpecialistCertificationProcess.EXAM_AT.put(variables, calendar.examAt(exam.getExamDate()));
                }
            }
            case SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT -> {
                boolean passed = certification.recordResult(subjectId, TaskInputs.integer("score", input.field("score")),
                        input.comment(), caller.username());
                SpecialistCertificationProcess.EXAM_PASSED.put(variables, passed);
            }
            case DesignationCertificationProcess.USER_TECHNICAL_REVIEW -> {
                boolean approve = TaskInputs.approve(input.decision());
                designations.recordTechnicalReview(subjectId, approve, input.comment(), caller.username());
                DesignationCertificationProcess.DECISION.put(variables, (approve ? DesignationCertificationProcess.Decision.APPROVE
                        : DesignationCertificationProcess.Decision.REJECT).name());
            }
            case DesignationCertificationProcess.USER_MANAGER_DECISION -> {
                if (!caller.has(Role.MANAGER)) {
                    throw new ForbiddenException("Only a manager decides on a designation");
                }
                boolean approve = TaskInputs.approve(input.decision());
                designations.recordManagerDecision(subjectId, approve, input.comment(), caller.username());
                DesignationCertificationProcess.DECISION.put(variables, (approve ? DesignationCertificationProcess.Decision.APPROVE
                        : DesignationCertificationProcess.Decision.REJECT).name());
            }
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
    }
}
