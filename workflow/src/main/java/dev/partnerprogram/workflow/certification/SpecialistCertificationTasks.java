package dev.partnerprogram.workflow.certification;

import dev.partnerprogram.certification.CertificationExam;
import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.workflow.task.Decision;
import dev.partnerprogram.workflow.task.FieldSpec;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.PartnerSubjectTasks;
import dev.partnerprogram.workflow.task.TaskInput;
import dev.partnerprogram.workflow.task.TaskSpec;
import dev.partnerprogram.workflow.training.TrainingCalendar;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The user tasks of {@code specialist-certification}: training staff schedule the exam and record its score. */
@Component
class SpecialistCertificationTasks extends PartnerSubjectTasks {

    private final CertificationService certification;
    private final TrainingCalendar calendar;

    SpecialistCertificationTasks(CertificationService certification, TrainingCalendar calendar) {
        super(SpecialistCertificationProcess.KEY, SubjectType.CERTIFICATION, id -> certification.get(id));
        this.certification = certification;
        this.calendar = calendar;
        task(TaskSpec.of(SpecialistCertificationProcess.USER_SCHEDULE_EXAM)
                .decisions(Decision.APPROVE, Decision.REJECT).commentFor(Decision.REJECT)
                .fields(FieldSpec.date("examDate")), this::schedule);
        task(TaskSpec.of(SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT)
                .fields(FieldSpec.number("score", 0, 100).asRequired()), this::recordResult);
    }

    private void schedule(long examId, Caller caller, TaskInput input, Map<String, Object> variables) {
        CertificationExam exam = certification.recordScheduleDecision(examId, input.approved(), input.date("examDate"),
                input.comment(), caller.username());
        SpecialistCertificationProcess.DECISION.put(variables, input.decision().name());
        if (input.approved()) {
            SpecialistCertificationProcess.EXAM_AT.put(variables, calendar.examAt(exam.getExamDate()));
        }
    }

    private void recordResult(long examId, Caller caller, TaskInput input, Map<String, Object> variables) {
        SpecialistCertificationProcess.EXAM_PASSED.put(variables,
                certification.recordResult(examId, input.integer("score"), input.comment(), caller.username()));
    }
}
