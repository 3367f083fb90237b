package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.certification.CertificationExam;
import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.workflow.task.FormField;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskHandler;
import dev.partnerprogram.workflow.task.TaskInputs;
import dev.partnerprogram.workflow.training.TrainingCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code specialist-certification}: training staff schedule the exam and record its score. */
@Component
class SpecialistCertificationTasks implements TaskHandler {

    private static final Map<String, List<FormField>> FORMS = Map.of(
            SpecialistCertificationProcess.USER_SCHEDULE_EXAM, List.of(
                    new FormField("decision", "choice", true, TaskInputs.APPROVE_OR_REJECT),
                    new FormField("examDate", "date", false, List.of()),
                    new FormField("comment", "text", false, List.of())),
            SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT, List.of(
                    new FormField("score", "number", true, List.of()),
                    new FormField("comment", "text", false, List.of())));

    private final CertificationService certification;
    private final TrainingCalendar calendar;

    SpecialistCertificationTasks(CertificationService certification, TrainingCalendar calendar) {
        this.certification = certification;
        this.calendar = calendar;
    }

    @Override
    public String processKey() {
        return SpecialistCertificationProcess.KEY;
    }

    @Override
    public String subjectType() {
        return "certification";
    }

    @Override
    public Long partnerOf(long subjectId) {
        try {
            return certification.get(subjectId).getPartnerId();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean maySee(Caller caller, long examId) {
        return caller.maySee(certification.get(examId).getPartnerId());
    }

    @Override
    public List<FormField> form(String taskKey) {
        return FORMS.getOrDefault(taskKey, List.of());
    }

    @Override
    public Map<String, Object> complete(String taskKey, long examId, Caller caller, TaskCompletion input) {
        Map<String, Object> variables = new HashMap<>();
        switch (taskKey) {
            case SpecialistCertificationProcess.USER_SCHEDULE_EXAM -> {
                boolean approve = TaskInputs.approve(input.decision());
                CertificationExam exam = certification.recordScheduleDecision(examId, approve,
                        TaskInputs.date("examDate", input.field("examDate")), input.comment(), caller.username());
                SpecialistCertificationProcess.DECISION.put(variables, (approve ? SpecialistCertificationProcess.Decision.APPROVE
                        : SpecialistCertificationProcess.Decision.REJECT).name());
                if (approve) {
                    SpecialistCertificationProcess.EXAM_AT.put(variables, calendar.examAt(exam.getExamDate()));
                }
            }
            case SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT -> SpecialistCertificationProcess.EXAM_PASSED.put(variables,
                    certification.recordResult(examId, TaskInputs.integer("score", input.field("score")), input.comment(),
                            caller.username()));
            default -> throw new IllegalStateException("No form handler for task " + taskKey);
        }
        return variables;
    }
}
