package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.SpecialistCertificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.partnerprogram.processes.SpecialistCertificationProcess.Decision;
import dev.partnerprogram.processes.support.ProcessModelTest;
import dev.partnerprogram.processes.support.ProcessTestDelegates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code specialist-certification}: a refused registration, a failed exam, and a passed one whose certificate is
 * followed through both reminders to its expiry.
 */
@Deployment(resources = SpecialistCertificationProcess.RESOURCE)
class SpecialistCertificationProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final String TRAINING_GROUP = "training";
    private static final Instant EXAM = NOW.plus(Duration.ofDays(5));

    private final ProcessTestDelegates delegates = ProcessTestDelegates.register();

    @Test
    void registrationRefused_endsRejected() {
        ProcessInstance exam = register(7001L);
        assertThat(task(USER_SCHEDULE_EXAM, exam)).hasCandidateGroup(TRAINING_GROUP);

        decide(exam, USER_SCHEDULE_EXAM, DECISION, Decision.REJECT);

        assertThat(exam).isEnded().hasPassedInOrder(USER_SCHEDULE_EXAM, GATEWAY_SCHEDULE_DECISION,
                SERVICE_REJECT_EXAM_REGISTRATION, END_EXAM_REGISTRATION_REJECTED).hasNotPassed(SERVICE_ANNOUNCE_EXAM);
        assertThat(delegates.rejectExamRegistration.calls()).isEqualTo(1);
    }

    @Test
    void examFailed_isReportedAndEnds_withoutACertificate() {
        ProcessInstance exam = register(7002L);
        schedule(exam);

        completeWith(exam, USER_RECORD_EXAM_RESULT, EXAM_PASSED, false);

        assertThat(exam).isEnded().hasPassedInOrder(SERVICE_ANNOUNCE_EXAM, USER_RECORD_EXAM_RESULT, GATEWAY_EXAM_PASSED,
                SERVICE_REPORT_EXAM_FAILED, END_EXAM_FAILED).hasNotPassed(SERVICE_ISSUE_CERTIFICATE);
        assertThat(delegates.reportExamFailed.calls()).isEqualTo(1);
        assertThat(delegates.issueCertificate.calls()).isZero();
    }

    @Test
    void examPassed_issuesTheCertificate_remindsTwiceBeforeExpiry_thenExpiresIt() {
        ProcessInstance exam = register(7003L);
        schedule(exam);
        assertThat(task(USER_RECORD_EXAM_RESULT, exam)).hasCandidateGroup(TRAINING_GROUP).hasDueDate(Date.from(EXAM));
        assertThat(delegates.announceExam.calls()).isEqualTo(1);

        setClock(EXAM);
        completeWith(exam, USER_RECORD_EXAM_RESULT, EXAM_PASSED, true);

        Instant expires = EXAM.plus(ProcessTestDelegates.CERTIFICATE_VALIDITY);
        assertThat(exam).isWaitingAt(TIMER_FIRST_EXPIRY_REMINDER).hasPassed(SERVICE_ISSUE_CERTIFICATE);
        assertThat(job(TIMER_FIRST_EXPIRY_REMINDER, exam))
                .hasDueDate(Date.from(expires.minus(ProcessTestDelegates.FIRST_REMINDER_BEFORE)));
        assertThat(jobQuery().timers().executable().count()).isZero();

        setClock(expires.minus(ProcessTestDelegates.FIRST_REMINDER_BEFORE));
        execute(job(TIMER_FIRST_EXPIRY_REMINDER, exam));
        assertThat(exam).isWaitingAt(TIMER_SECOND_EXPIRY_REMINDER);
        assertThat(job(TIMER_SECOND_EXPIRY_REMINDER, exam))
                .hasDueDate(Date.from(expires.minus(ProcessTestDelegates.SECOND_REMINDER_BEFORE)));

        execute(job(TIMER_SECOND_EXPIRY_REMINDER, exam));
        assertThat(exam).isWaitingAt(TIMER_CERTIFICATE_EXPIRED);
        assertThat(job(TIMER_CERTIFICATE_EXPIRED, exam)).hasDueDate(Date.from(expires));
        assertThat(delegates.remindCertificateExpiry.activityIds())
                .containsExactly(SERVICE_REMIND_EXPIRY_FIRST, SERVICE_REMIND_EXPIRY_SECOND);

        execute(job(TIMER_CERTIFICATE_EXPIRED, exam));

        assertThat(exam).isEnded().hasPassedInOrder(START, USER_SCHEDULE_EXAM, GATEWAY_SCHEDULE_DECISION, SERVICE_ANNOUNCE_EXAM,
                USER_RECORD_EXAM_RESULT, GATEWAY_EXAM_PASSED, SERVICE_ISSUE_CERTIFICATE, TIMER_FIRST_EXPIRY_REMINDER,
                SERVICE_REMIND_EXPIRY_FIRST, TIMER_SECOND_EXPIRY_REMINDER, SERVICE_REMIND_EXPIRY_SECOND,
                TIMER_CERTIFICATE_EXPIRED, SERVICE_EXPIRE_CERTIFICATE, END_CERTIFICATE_EXPIRED);
        assertThat(delegates.expireCertificate.calls()).isEqualTo(1);
    }

    private ProcessInstance register(long id) {
        Map<String, Object> variables = new HashMap<>();
        EXAM_ID.put(variables, id);
        PARTNER_ID.put(variables, 42L);
        ProcessInstance exam = start(KEY, id, variables);
        assertThat(exam).isWaitingAt(USER_SCHEDULE_EXAM);
        return exam;
    }

    private static void schedule(ProcessInstance exam) {
        complete(task(USER_SCHEDULE_EXAM, exam), withVariables(DECISION.name(), DECISION.value(Decision.APPROVE.name()),
                EXAM_AT.name(), Date.from(EXAM)));
        assertThat(exam).isWaitingAt(USER_RECORD_EXAM_RESULT);
    }
}
