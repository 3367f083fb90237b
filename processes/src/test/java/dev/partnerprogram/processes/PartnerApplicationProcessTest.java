package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.PartnerApplicationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import dev.partnerprogram.processes.PartnerApplicationProcess.Decision;
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
 * Walks {@code partner-application} along each of its paths with recording delegates, so the model's routing,
 * timers, messages and task assignment are checked without the Spring application around it. The "training pending"
 * path finishes through the message that {@code training-enrollment} sends for a pass of the basic course.
 */
@Deployment(resources = PartnerApplicationProcess.RESOURCE)
class PartnerApplicationProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final long APPLICATION = 1001L;
    private static final long PARTNER = 42L;
    private static final String BUSINESS_KEY = Long.toString(APPLICATION);
    private static final String MANAGERS_GROUP = "partner-managers";
    private static final String PARTNER_GROUP = "partner-" + PARTNER;

    private final ProcessTestDelegates delegates = ProcessTestDelegates.register();

    @Test
    void approvedApplicationWithTrainingAlreadyPassed_isGrantedStatus() {
        ProcessInstance application = startApplication();

        decideReview(application, Decision.APPROVE);
        uploadAgreement(application);
        decideAgreement(application, Decision.APPROVE);

        // The grant runs in its own transaction, so a failing grant cannot roll back the confirmed agreement.
        assertThat(application).isWaitingAt(SERVICE_GRANT_STATUS);
        assertThat(delegates.grantStatus.calls()).isZero();

        execute(job(SERVICE_GRANT_STATUS, application));

        assertThat(application).isEnded().hasPassedInOrder(
                START, GATEWAY_OPEN_REVIEW_JOIN, SERVICE_OPEN_REVIEW, USER_REVIEW_APPLICATION, GATEWAY_REVIEW_DECISION,
                SERVICE_APPROVE_APPLICATION, GATEWAY_UPLOAD_AGREEMENT_JOIN, USER_UPLOAD_AGREEMENT, USER_CONFIRM_AGREEMENT,
                GATEWAY_AGREEMENT_DECISION, SERVICE_CHECK_BASIC_TRAINING, GATEWAY_BASIC_TRAINING_PASSED,
                GATEWAY_GRANT_STATUS_JOIN, SERVICE_GRANT_STATUS, END_STATUS_GRANTED);
        assertThat(application).hasNotPassed(
                SERVICE_REJECT_APPLICATION, SERVICE_REQUEST_REWORK, SERVICE_RETURN_AGREEMENT,
                SERVICE_REQUEST_BASIC_TRAINING, CATCH_BASIC_TRAINING_PASSED, SERVICE_ESCALATE_REVIEW);
        assertThat(delegates.openReview.calls()).isEqualTo(1);
        assertThat(delegates.approveApplication.calls()).isEqualTo(1);
        assertThat(delegates.checkBasicTraining.calls()).isEqualTo(1);
        assertThat(delegates.grantStatus.processInstanceIds()).containsExactly(application.getId());
        assertThat(delegates.requestBasicTraining.calls()).isZero();
    }

    @Test
    void rejectedApplication_endsRejected() {
        ProcessInstance application = startApplication();

        decideReview(application, Decision.REJECT);

        assertThat(application).isEnded()
                .hasPassedInOrder(USER_REVIEW_APPLICATION, GATEWAY_REVIEW_DECISION,
                        SERVICE_REJECT_APPLICATION, END_APPLICATION_REJECTED)
                .hasNotPassed(SERVICE_APPROVE_APPLICATION, SERVICE_REQUEST_REWORK, USER_UPLOAD_AGREEMENT);
        assertThat(delegates.rejectApplication.processInstanceIds()).containsExactly(application.getId());
        assertThat(delegates.approveApplication.calls()).isZero();
        assertThat(delegates.grantStatus.calls()).isZero();
    }

    @Test
    void reworkRequestedThenResubmitted_returnsToReviewAndCanBeApproved() {
        ProcessInstance application = startApplication();

        decideReview(application, Decision.REWORK);

        assertThat(application).isWaitingAt(USER_REVISE_APPLICATION);
        assertThat(task(USER_REVISE_APPLICATION, application)).hasCandidateGroup(PARTNER_GROUP);
        assertThat(delegates.requestRework.calls()).isEqualTo(1);

        complete(task(USER_REVISE_APPLICATION, application));

        // A resubmission is a fresh review: the open-review step runs again and sets a new deadline.
        assertThat(application).isWaitingAt(USER_REVIEW_APPLICATION);
        assertThat(delegates.openReview.calls()).isEqualTo(2);

        decideReview(application, Decision.APPROVE);
        uploadAgreement(application);
        decideAgreement(application, Decision.APPROVE);
        execute(job(SERVICE_GRANT_STATUS, application));

        assertThat(application).isEnded().hasPassedInOrder(
                SERVICE_REQUEST_REWORK, USER_REVISE_APPLICATION, GATEWAY_OPEN_REVIEW_JOIN, SERVICE_OPEN_REVIEW,
                USER_REVIEW_APPLICATION, SERVICE_APPROVE_APPLICATION, SERVICE_GRANT_STATUS, END_STATUS_GRANTED);
        assertThat(application).hasNotPassed(TIMER_REWORK_TIMEOUT, SERVICE_WITHDRAW_AFTER_TIMEOUT);
        assertThat(delegates.withdrawApplication.calls()).isZero();
    }

    @Test
    void reworkNotDoneInTime_applicationIsWithdrawnByTimer() {
        ProcessInstance application = startApplication();
        decideReview(application, Decision.REWORK);
        Task reviseTask = task(USER_REVISE_APPLICATION, application);
        Job reworkTimer = job(TIMER_REWORK_TIMEOUT, application);

        assertThat(jobQuery().timers().executable().count()).isZero();
        setClock(reworkTimer.getDuedate().toInstant());
        assertThat(jobQuery().timers().executable().singleResult().getId()).isEqualTo(reworkTimer.getId());

        execute(reworkTimer);

        assertThat(application).isEnded().hasPassedInOrder(
                SERVICE_REQUEST_REWORK, TIMER_REWORK_TIMEOUT, SERVICE_WITHDRAW_AFTER_TIMEOUT,
                END_APPLICATION_WITHDRAWN_TIMEOUT);
        assertThat(delegates.withdrawApplication.activityIds()).containsExactly(SERVICE_WITHDRAW_AFTER_TIMEOUT);
        assertThat(taskQuery().taskId(reviseTask.getId()).count()).isZero();
        assertThat(delegates.openReview.calls()).isEqualTo(1);
    }

    @Test
    void reviewOverdue_escalatesWhileReviewTaskStays() {
        ProcessInstance application = startApplication();
        Task reviewTask = task(USER_REVIEW_APPLICATION, application);
        Job overdueTimer = job(TIMER_REVIEW_OVERDUE, application);

        assertThat(jobQuery().timers().executable().count()).isZero();
        setClock(reviewDueAt(application).toInstant());
        assertThat(jobQuery().timers().executable().singleResult().getId()).isEqualTo(overdueTimer.getId());

        execute(overdueTimer);

        assertThat(delegates.escalateOverdueReview.processInstanceIds()).containsExactly(application.getId());
        assertThat(application).isWaitingAt(USER_REVIEW_APPLICATION)
                .hasPassedInOrder(TIMER_REVIEW_OVERDUE, SERVICE_ESCALATE_REVIEW, END_REVIEW_ESCALATED);
        assertThat(task(USER_REVIEW_APPLICATION, application).getId()).isEqualTo(reviewTask.getId());
        // The deadline is a date, not a cycle: managers are told once, not again on every job run.
        assertNoJobsLeft(application);

        decideReview(application, Decision.REJECT);

        assertThat(application).isEnded().hasPassed(END_APPLICATION_REJECTED);
        assertThat(delegates.escalateOverdueReview.calls()).isEqualTo(1);
    }

    @Test
    void agreementReturnedThenUploadedAgain_isConfirmedAndGranted() {
        ProcessInstance application = startApplication();
        decideReview(application, Decision.APPROVE);
        Task firstUpload = task(USER_UPLOAD_AGREEMENT, application);
        uploadAgreement(application);

        decideAgreement(application, Decision.REWORK);

        assertThat(application).isWaitingAt(USER_UPLOAD_AGREEMENT)
                .hasPassedInOrder(USER_CONFIRM_AGREEMENT, GATEWAY_AGREEMENT_DECISION, SERVICE_RETURN_AGREEMENT,
                        GATEWAY_UPLOAD_AGREEMENT_JOIN);
        assertThat(task(USER_UPLOAD_AGREEMENT, application).getId()).isNotEqualTo(firstUpload.getId());
        assertThat(delegates.returnAgreement.calls()).isEqualTo(1);
        assertThat(delegates.checkBasicTraining.calls()).isZero();

        uploadAgreement(application);
        decideAgreement(application, Decision.APPROVE);
        execute(job(SERVICE_GRANT_STATUS, application));

        assertThat(application).isEnded().hasPassedInOrder(
                SERVICE_RETURN_AGREEMENT, USER_UPLOAD_AGREEMENT, USER_CONFIRM_AGREEMENT,
                SERVICE_CHECK_BASIC_TRAINING, SERVICE_GRANT_STATUS, END_STATUS_GRANTED);
        assertThat(delegates.returnAgreement.calls()).isEqualTo(1);
        assertThat(delegates.approveApplication.calls()).isEqualTo(1);
    }

    @Test
    void basicTrainingPending_waitsForThePassThatTheTrainingProcessReports_thenGrantsStatus() {
        delegates.basicTrainingAlreadyPassed(false);
        ProcessInstance application = startApprovedApplicationWithConfirmedAgreement();

        assertThat(application).isWaitingAt(CATCH_BASIC_TRAINING_PASSED).hasPassedInOrder(
                SERVICE_CHECK_BASIC_TRAINING, GATEWAY_BASIC_TRAINING_PASSED, SERVICE_REQUEST_BASIC_TRAINING);
        assertThat(delegates.requestBasicTraining.calls()).isEqualTo(1);
        assertNoJobsLeft(application);

        assertThat(reportBasicTrainingPass(PARTNER)).isEqualTo(1);

        // The grant is async, so the training process's transaction only hands over; the grant runs separately.
        assertThat(application).isWaitingAt(SERVICE_GRANT_STATUS);

        execute(job(SERVICE_GRANT_STATUS, application));

        assertThat(application).isEnded()
                .hasPassedInOrder(CATCH_BASIC_TRAINING_PASSED, GATEWAY_GRANT_STATUS_JOIN, SERVICE_GRANT_STATUS, END_STATUS_GRANTED);
        assertThat(delegates.grantStatus.processInstanceIds()).containsExactly(application.getId());
    }

    @Test
    void theDecisionsAndTheTrainingCheck_routeWithoutBeingStored() {
        delegates.basicTrainingAlreadyPassed(false);
        ProcessInstance application = startApplication();

        decideReview(application, Decision.REWORK);
        assertThat(application).isWaitingAt(USER_REVISE_APPLICATION);
        assertNotStored(application, DECISION);

        complete(task(USER_REVISE_APPLICATION, application));
        decideReview(application, Decision.APPROVE);
        uploadAgreement(application);
        decideAgreement(application, Decision.APPROVE);

        assertThat(application).isWaitingAt(CATCH_BASIC_TRAINING_PASSED);
        assertNotStored(application, DECISION, BASIC_TRAINING_PASSED);
        assertThat(runtimeService().getVariable(application.getId(), PARTNER_ID.name())).as("a variable read later")
                .isEqualTo(PARTNER);
    }

    @Test
    void basicTrainingOfAnotherPartner_doesNotWakeTheApplication() {
        delegates.basicTrainingAlreadyPassed(false);
        ProcessInstance application = startApprovedApplicationWithConfirmedAgreement();

        assertThat(reportBasicTrainingPass(PARTNER + 1)).isZero();

        assertThat(application).isWaitingAt(CATCH_BASIC_TRAINING_PASSED);
        assertNoJobsLeft(application);
    }

    @Test
    void partnerWithdrawsDuringReview_endsWithdrawnOnRequest() {
        ProcessInstance application = startApplication();
        Task reviewTask = task(USER_REVIEW_APPLICATION, application);

        withdraw();

        assertThat(application).isEnded()
                .hasPassedInOrder(START_WITHDRAWAL_REQUESTED, SERVICE_WITHDRAW_ON_REQUEST, END_WITHDRAWN_ON_REQUEST)
                .hasPassed(SUBPROCESS_WITHDRAWAL)
                .hasNotPassed(GATEWAY_REVIEW_DECISION, TIMER_REVIEW_OVERDUE);
        assertThat(delegates.withdrawApplication.activityIds()).containsExactly(SERVICE_WITHDRAW_ON_REQUEST);
        assertThat(taskQuery().taskId(reviewTask.getId()).count()).isZero();
        // The interrupting event subprocess must also cancel the review's overdue timer.
        assertNoJobsLeft(application);
    }

    @Test
    void partnerWithdrawsWhileWaitingForTraining_laterTrainingResultFindsNoApplication() {
        delegates.basicTrainingAlreadyPassed(false);
        ProcessInstance application = startApprovedApplicationWithConfirmedAgreement();

        withdraw();

        assertThat(application).isEnded().hasPassed(END_WITHDRAWN_ON_REQUEST);
        assertThat(reportBasicTrainingPass(PARTNER)).isZero();
        assertThat(delegates.grantStatus.calls()).isZero();
    }

    @Test
    void tasksCarryCandidateGroupsAndReviewDueDate() {
        ProcessInstance application = startApplication();
        Date reviewDueAt = reviewDueAt(application);
        Task review = task(USER_REVIEW_APPLICATION, application);

        assertThat(reviewDueAt).isEqualTo(Date.from(NOW.plus(ProcessTestDelegates.REVIEW_PERIOD)));
        assertThat(review).hasCandidateGroup(MANAGERS_GROUP).hasDueDate(reviewDueAt);
        assertThat(job(TIMER_REVIEW_OVERDUE, application)).hasDueDate(reviewDueAt);
        // A partner must not see, let alone decide, the review of its own application.
        assertThat(taskQuery().taskCandidateGroup(PARTNER_GROUP).taskDefinitionKey(USER_REVIEW_APPLICATION).count())
                .isZero();

        decideReview(application, Decision.APPROVE);
        assertThat(task(USER_UPLOAD_AGREEMENT, application)).hasCandidateGroup(PARTNER_GROUP);
        assertThat(taskQuery().taskCandidateGroup(MANAGERS_GROUP).taskDefinitionKey(USER_UPLOAD_AGREEMENT).count())
                .isZero();

        uploadAgreement(application);
        assertThat(task(USER_CONFIRM_AGREEMENT, application)).hasCandidateGroup(MANAGERS_GROUP);
    }

    @Test
    void reworkTimer_isDueFourteenDaysAfterItWasCreated() {
        ProcessInstance application = startApplication();
        Instant reworkRequestedAt = NOW.plus(Duration.ofHours(5));
        setClock(reworkRequestedAt);

        decideReview(application, Decision.REWORK);

        assertThat(job(TIMER_REWORK_TIMEOUT, application))
                .hasDueDate(Date.from(reworkRequestedAt.plus(Duration.ofDays(14))));
    }

    @Test
    void reworkTimer_followsTheConfiguredTimeout() {
        delegates.applicationTimers.setReworkTimeout("P5D");
        ProcessInstance application = startApplication();

        decideReview(application, Decision.REWORK);

        assertThat(job(TIMER_REWORK_TIMEOUT, application)).hasDueDate(Date.from(NOW.plus(Duration.ofDays(5))));
    }

    private ProcessInstance startApplication() {
        Map<String, Object> variables = new HashMap<>();
        APPLICATION_ID.put(variables, APPLICATION);
        PARTNER_ID.put(variables, PARTNER);
        ProcessInstance application = start(KEY, APPLICATION, variables);
        assertThat(application).isWaitingAt(USER_REVIEW_APPLICATION);
        return application;
    }

    private ProcessInstance startApprovedApplicationWithConfirmedAgreement() {
        ProcessInstance application = startApplication();
        decideReview(application, Decision.APPROVE);
        uploadAgreement(application);
        decideAgreement(application, Decision.APPROVE);
        return application;
    }

    /** What the training-enrollment process does when an employee passes the basic course: answers the applications reached. */
    private static int reportBasicTrainingPass(long partnerId) {
        return runtimeService().createMessageCorrelation(MESSAGE_BASIC_TRAINING_PASSED)
                .processInstanceVariableEquals(PARTNER_ID.name(), partnerId)
                .correlateAllWithResult()
                .size();
    }

    private void withdraw() {
        runtimeService().createMessageCorrelation(MESSAGE_APPLICATION_WITHDRAWN)
                .processInstanceBusinessKey(BUSINESS_KEY)
                .correlateWithResult();
    }

    private static void decideReview(ProcessInstance application, Decision decision) {
        decide(application, USER_REVIEW_APPLICATION, DECISION, decision);
    }

    private static void uploadAgreement(ProcessInstance application) {
        complete(task(USER_UPLOAD_AGREEMENT, application));
    }

    private static void decideAgreement(ProcessInstance application, Decision decision) {
        decide(application, USER_CONFIRM_AGREEMENT, DECISION, decision);
    }

    private static Date reviewDueAt(ProcessInstance application) {
        return (Date) runtimeService().getVariable(application.getId(), REVIEW_DUE_AT.name());
    }
}
