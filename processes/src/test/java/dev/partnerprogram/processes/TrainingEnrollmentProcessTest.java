package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.TrainingEnrollmentProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.partnerprogram.processes.TrainingEnrollmentProcess.Decision;
import dev.partnerprogram.processes.TrainingEnrollmentProcess.Result;
import dev.partnerprogram.processes.support.ProcessModelTest;
import dev.partnerprogram.processes.support.ProcessTestDelegates;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code training-enrollment} along each path: confirmation and rejection, the waiting list with a freed seat
 * or a session that starts first, an unconfirmed request that lapses, the reminder and the overdue result, the three
 * results (with the basic course's report to the application), a fail followed by a new enrolment, and cancellation.
 */
@Deployment(resources = TrainingEnrollmentProcess.RESOURCE)
class TrainingEnrollmentProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final long PARTNER = 42L;
    private static final String TRAINING_GROUP = "training";
    private static final Instant SESSION_STARTS = NOW.plus(Duration.ofDays(10));
    private static final Instant REMINDER = SESSION_STARTS.minus(Duration.ofDays(3));
    private static final Instant RESULT_DUE = SESSION_STARTS.plus(Duration.ofDays(9));

    private final ProcessTestDelegates delegates = ProcessTestDelegates.register();
    private long nextEnrollment = 3000L;

    @Test
    void confirmedAndPassed_endsPassed_withoutReportingANonBasicCourse() {
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);
        assertThat(task(USER_CONFIRM_ENROLLMENT, enrollment)).hasCandidateGroup(TRAINING_GROUP);

        decide(enrollment, Decision.APPROVE);

        assertThat(enrollment).isWaitingAt(USER_RECORD_TRAINING_RESULT)
                .hasPassedInOrder(START, USER_CONFIRM_ENROLLMENT, GATEWAY_CONFIRMATION_DECISION, SERVICE_TAKE_SESSION_SEAT,
                        GATEWAY_SESSION_SEAT_TAKEN);
        assertThat(task(USER_RECORD_TRAINING_RESULT, enrollment)).hasCandidateGroup(TRAINING_GROUP)
                .hasDueDate(Date.from(RESULT_DUE));
        // The unconfirmed-request timer went with the confirmation task.
        assertThat(jobQuery().processInstanceId(enrollment.getId()).activityId(TIMER_ENROLLMENT_UNCONFIRMED).count()).isZero();

        record(enrollment, Result.PASSED);

        assertThat(enrollment).isEnded()
                .hasPassedInOrder(USER_RECORD_TRAINING_RESULT, GATEWAY_TRAINING_RESULT, GATEWAY_BASIC_COURSE, END_TRAINING_PASSED)
                .hasNotPassed(SERVICE_REPORT_BASIC_TRAINING_PASSED, GATEWAY_WAITING_LIST);
        assertThat(delegates.takeSessionSeat.processInstanceIds()).containsExactly(enrollment.getId());
        assertThat(delegates.reportBasicTrainingPassed.calls()).isZero();
        assertNoJobsLeft(enrollment);
    }

    @Test
    void basicCoursePassed_reportsThePassToWaitingApplications() {
        ProcessInstance enrollment = enroll(true, TRAINING_GROUP);
        decide(enrollment, Decision.APPROVE);

        record(enrollment, Result.PASSED);

        assertThat(enrollment).isEnded().hasPassedInOrder(GATEWAY_TRAINING_RESULT, GATEWAY_BASIC_COURSE,
                SERVICE_REPORT_BASIC_TRAINING_PASSED, END_TRAINING_PASSED);
        assertThat(delegates.reportBasicTrainingPassed.processInstanceIds()).containsExactly(enrollment.getId());
        // No application waits in this engine, so the report reaches none; the partner-application test covers the catch.
        assertThat(delegates.correlatedApplications()).containsExactly(0);
    }

    @Test
    void rejected_releasesTheReservationAndEnds() {
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);

        decide(enrollment, Decision.REJECT);

        assertThat(enrollment).isEnded()
                .hasPassedInOrder(USER_CONFIRM_ENROLLMENT, GATEWAY_CONFIRMATION_DECISION, SERVICE_REJECT_ENROLLMENT,
                        END_ENROLLMENT_REJECTED)
                .hasNotPassed(SERVICE_TAKE_SESSION_SEAT);
        assertThat(delegates.rejectEnrollment.processInstanceIds()).containsExactly(enrollment.getId());
        assertNoJobsLeft(enrollment);
    }

    @Test
    void theConfirmationAndTheSeat_routeWithoutBeingStored() {
        delegates.sessionSeats(false);
        ProcessInstance enrollment = enroll(true, TRAINING_GROUP);

        decide(enrollment, Decision.APPROVE);
        assertThat(enrollment).isWaitingAt(GATEWAY_WAITING_LIST);
        assertNotStored(enrollment, DECISION, SEAT_TAKEN);

        seatFreed(enrollment);

        assertThat(enrollment).isWaitingAt(USER_RECORD_TRAINING_RESULT);
        assertNotStored(enrollment, DECISION, SEAT_TAKEN);
        assertThat(runtimeService().getVariable(enrollment.getId(), BASIC_COURSE.name())).as("a variable read later")
                .isEqualTo(true);
    }

    @Test
    void fullSession_putsTheEnrolmentOnTheWaitingList_untilASeatIsFreed() {
        delegates.sessionSeats(false);
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);

        decide(enrollment, Decision.APPROVE);

        assertThat(enrollment).isWaitingAt(GATEWAY_WAITING_LIST)
                .hasPassedInOrder(SERVICE_TAKE_SESSION_SEAT, GATEWAY_SESSION_SEAT_TAKEN)
                .hasNotPassed(USER_RECORD_TRAINING_RESULT);
        assertThat(job(TIMER_WAITING_LIST_EXPIRED, enrollment)).hasDueDate(Date.from(SESSION_STARTS));

        seatFreed(enrollment);

        assertThat(enrollment).isWaitingAt(USER_RECORD_TRAINING_RESULT)
                .hasPassedInOrder(GATEWAY_WAITING_LIST, CATCH_SESSION_SEAT_FREED, SERVICE_TAKE_SESSION_SEAT,
                        GATEWAY_SESSION_SEAT_TAKEN);
        assertThat(delegates.takeSessionSeat.calls()).isEqualTo(2);
        assertThat(jobQuery().processInstanceId(enrollment.getId()).activityId(TIMER_WAITING_LIST_EXPIRED).count()).isZero();
    }

    @Test
    void seatTakenByAnotherBeforeThisOne_staysOnTheWaitingList() {
        delegates.sessionSeats(false, false);
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);
        decide(enrollment, Decision.APPROVE);

        seatFreed(enrollment);

        assertThat(enrollment).isWaitingAt(GATEWAY_WAITING_LIST);
        assertThat(delegates.takeSessionSeat.calls()).isEqualTo(2);
    }

    @Test
    void waitingListWithoutAFreedSeat_expiresWhenTheSessionStarts() {
        delegates.sessionSeats(false);
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);
        decide(enrollment, Decision.APPROVE);
        Job sessionStart = job(TIMER_WAITING_LIST_EXPIRED, enrollment);

        assertThat(jobQuery().timers().executable().count()).isZero();
        setClock(sessionStart.getDuedate().toInstant());
        execute(sessionStart);

        assertThat(enrollment).isEnded()
                .hasPassedInOrder(GATEWAY_WAITING_LIST, TIMER_WAITING_LIST_EXPIRED, SERVICE_EXPIRE_ENROLLMENT, END_ENROLLMENT_EXPIRED)
                .hasNotPassed(CATCH_SESSION_SEAT_FREED, USER_RECORD_TRAINING_RESULT);
        assertThat(delegates.expireEnrollment.activityIds()).containsExactly(SERVICE_EXPIRE_ENROLLMENT);
    }

    @Test
    void requestNotConfirmedBeforeTheSessionStarts_expires() {
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);
        Task confirm = task(USER_CONFIRM_ENROLLMENT, enrollment);
        Job sessionStart = job(TIMER_ENROLLMENT_UNCONFIRMED, enrollment);
        assertThat(sessionStart).hasDueDate(Date.from(SESSION_STARTS));

        execute(sessionStart);

        assertThat(enrollment).isEnded()
                .hasPassedInOrder(TIMER_ENROLLMENT_UNCONFIRMED, SERVICE_EXPIRE_ENROLLMENT, END_ENROLLMENT_EXPIRED)
                .hasNotPassed(GATEWAY_CONFIRMATION_DECISION);
        assertThat(taskQuery().taskId(confirm.getId()).count()).isZero();
        assertThat(delegates.expireEnrollment.calls()).isEqualTo(1);
    }

    @Test
    void reminderBeforeTheSession_goesOutOnce_andTheResultTaskStays() {
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);
        decide(enrollment, Decision.APPROVE);
        Task result = task(USER_RECORD_TRAINING_RESULT, enrollment);
        Job reminder = job(TIMER_SESSION_REMINDER, enrollment);
        assertThat(reminder).hasDueDate(Date.from(REMINDER));

        execute(reminder);

        assertThat(enrollment).isWaitingAt(USER_RECORD_TRAINING_RESULT)
                .hasPassedInOrder(TIMER_SESSION_REMINDER, SERVICE_REMIND_PARTICIPANT, END_PARTICIPANT_REMINDED);
        assertThat(task(USER_RECORD_TRAINING_RESULT, enrollment).getId()).isEqualTo(result.getId());
        assertThat(delegates.remindParticipant.calls()).isEqualTo(1);
        assertThat(jobQuery().processInstanceId(enrollment.getId()).activityId(TIMER_SESSION_REMINDER).count()).isZero();
    }

    @Test
    void resultOverdue_tellsTrainingStaff_whileTheTaskStays() {
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);
        decide(enrollment, Decision.APPROVE);
        Job overdue = job(TIMER_RESULT_OVERDUE, enrollment);
        assertThat(overdue).hasDueDate(Date.from(RESULT_DUE));

        execute(overdue);

        assertThat(enrollment).isWaitingAt(USER_RECORD_TRAINING_RESULT)
                .hasPassedInOrder(TIMER_RESULT_OVERDUE, SERVICE_ESCALATE_RESULT_OVERDUE, END_RESULT_OVERDUE_ESCALATED);
        assertThat(delegates.escalateResultOverdue.calls()).isEqualTo(1);

        record(enrollment, Result.PASSED);
        assertThat(enrollment).isEnded();
    }

    @Test
    void noShow_endsAsNoShow() {
        ProcessInstance enrollment = enroll(true, TRAINING_GROUP);
        decide(enrollment, Decision.APPROVE);

        record(enrollment, Result.NO_SHOW);

        assertThat(enrollment).isEnded().hasPassedInOrder(GATEWAY_TRAINING_RESULT, END_TRAINING_NO_SHOW)
                .hasNotPassed(SERVICE_REPORT_BASIC_TRAINING_PASSED, END_TRAINING_FAILED, END_TRAINING_PASSED);
        assertThat(delegates.reportBasicTrainingPassed.calls()).isZero();
    }

    @Test
    void failed_endsFailed_andTheEmployeeMayBeEnrolledAgainAndPass() {
        ProcessInstance first = enroll(true, TRAINING_GROUP);
        decide(first, Decision.APPROVE);

        record(first, Result.FAILED);

        assertThat(first).isEnded().hasPassedInOrder(GATEWAY_TRAINING_RESULT, END_TRAINING_FAILED)
                .hasNotPassed(SERVICE_REPORT_BASIC_TRAINING_PASSED);

        ProcessInstance again = enroll(true, TRAINING_GROUP);
        decide(again, Decision.APPROVE);
        record(again, Result.PASSED);

        assertThat(again).isEnded().hasPassed(SERVICE_REPORT_BASIC_TRAINING_PASSED, END_TRAINING_PASSED);
        assertThat(delegates.reportBasicTrainingPassed.processInstanceIds()).containsExactly(again.getId());
    }

    @Test
    void partnerLedSession_offersTheResultToTheTrainerPartnerToo() {
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP + ",partner-77");

        decide(enrollment, Decision.APPROVE);

        assertThat(task(USER_RECORD_TRAINING_RESULT, enrollment)).hasCandidateGroup(TRAINING_GROUP).hasCandidateGroup("partner-77");
        assertThat(taskQuery().taskCandidateGroup("partner-" + PARTNER).count()).isZero();
    }

    @Test
    void cancelledWhileRequested_endsCancelledAndRemovesTheTimer() {
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);

        cancel(enrollment);

        assertThat(enrollment).isEnded()
                .hasPassedInOrder(START_CANCELLATION_REQUESTED, SERVICE_CANCEL_ENROLLMENT, END_ENROLLMENT_CANCELLED)
                .hasPassed(SUBPROCESS_ENROLLMENT_CANCELLATION)
                .hasNotPassed(GATEWAY_CONFIRMATION_DECISION);
        assertThat(delegates.cancelEnrollment.processInstanceIds()).containsExactly(enrollment.getId());
        assertNoJobsLeft(enrollment);
    }

    @Test
    void cancelledOnTheWaitingList_endsCancelled() {
        delegates.sessionSeats(false);
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);
        decide(enrollment, Decision.APPROVE);

        cancel(enrollment);

        assertThat(enrollment).isEnded().hasPassed(END_ENROLLMENT_CANCELLED).hasNotPassed(SERVICE_EXPIRE_ENROLLMENT);
        assertNoJobsLeft(enrollment);
    }

    @Test
    void cancelledWhenConfirmed_removesTheResultTaskAndItsTimers() {
        ProcessInstance enrollment = enroll(false, TRAINING_GROUP);
        decide(enrollment, Decision.APPROVE);

        cancel(enrollment);

        assertThat(enrollment).isEnded().hasPassed(END_ENROLLMENT_CANCELLED).hasNotPassed(GATEWAY_TRAINING_RESULT);
        assertThat(taskQuery().processInstanceId(enrollment.getId()).count()).isZero();
        assertNoJobsLeft(enrollment);
    }

    private ProcessInstance enroll(boolean basicCourse, String resultGroups) {
        long id = nextEnrollment++;
        Map<String, Object> variables = new HashMap<>();
        ENROLLMENT_ID.put(variables, id);
        PARTNER_ID.put(variables, PARTNER);
        BASIC_COURSE.put(variables, basicCourse);
        RESULT_GROUPS.put(variables, resultGroups);
        SESSION_STARTS_AT.put(variables, Date.from(SESSION_STARTS));
        REMINDER_AT.put(variables, Date.from(REMINDER));
        RESULT_DUE_AT.put(variables, Date.from(RESULT_DUE));
        ProcessInstance enrollment = runtimeService().startProcessInstanceByKey(KEY, Long.toString(id), variables);
        assertThat(enrollment).isStarted().isWaitingAt(USER_CONFIRM_ENROLLMENT);
        return enrollment;
    }

    private static void decide(ProcessInstance enrollment, Decision decision) {
        complete(task(USER_CONFIRM_ENROLLMENT, enrollment), withVariables(DECISION.name(), DECISION.value(decision.name())));
    }

    private static void record(ProcessInstance enrollment, Result result) {
        complete(task(USER_RECORD_TRAINING_RESULT, enrollment), withVariables(TRAINING_RESULT.name(), TRAINING_RESULT.value(result.name())));
    }

    private static void seatFreed(ProcessInstance enrollment) {
        runtimeService().createMessageCorrelation(MESSAGE_SEAT_FREED)
                .processInstanceBusinessKey(enrollment.getBusinessKey())
                .correlateWithResult();
    }

    private static void cancel(ProcessInstance enrollment) {
        runtimeService().createMessageCorrelation(MESSAGE_ENROLLMENT_CANCELLED)
                .processInstanceId(enrollment.getId())
                .setVariable(CANCELLED_BY.name(), "partner@example.test")
                .correlateWithResult();
    }
}
