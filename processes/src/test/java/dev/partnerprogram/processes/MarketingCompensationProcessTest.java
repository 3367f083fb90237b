package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.MarketingCompensationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import dev.partnerprogram.processes.MarketingCompensationProcess.Decision;
import dev.partnerprogram.processes.support.ProcessModelTest;
import dev.partnerprogram.processes.support.MarketingTestDelegates;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code marketing-compensation} along each of its paths with recording delegates and the real routing table:
 * approval by marketing alone or with a manager, rejection, rework, cancellation, the claim reminder and deadline,
 * return for correction, verification with and without an amount to pay, and payment.
 */
@Deployment(resources = {MarketingCompensationProcess.RESOURCE, MarketingCompensationProcess.ROUTING_DECISION_RESOURCE})
class MarketingCompensationProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final long COMPENSATION = 501L;
    private static final long PARTNER = 42L;
    private static final String BUSINESS_KEY = Long.toString(COMPENSATION);
    private static final String PARTNER_GROUP = "partner-" + PARTNER;
    private static final double SMALL = 120_000.00;
    private static final double LARGE = 300_000.01;

    private final MarketingTestDelegates delegates = MarketingTestDelegates.register();

    @Test
    void smallRequestApprovedByMarketing_reservesAndWaitsForTheClaim() {
        ProcessInstance pi = start(SMALL, "EVENT");

        decide(pi, USER_REVIEW_COMPENSATION, Decision.APPROVE);

        assertThat(pi).isWaitingAt(CATCH_CLAIM_SUBMITTED).hasPassedInOrder(
                START, GATEWAY_OPEN_COMPENSATION_REVIEW_JOIN, SERVICE_OPEN_COMPENSATION_REVIEW, USER_REVIEW_COMPENSATION,
                GATEWAY_REVIEW_DECISION, RULE_ROUTE_APPROVAL, GATEWAY_MANAGER_APPROVAL_NEEDED, GATEWAY_RESERVE_BUDGET_JOIN,
                SERVICE_RESERVE_BUDGET, GATEWAY_CLAIM_WINDOW_JOIN, START_CLAIM_WINDOW);
        assertThat(pi).hasNotPassed(SERVICE_AWAIT_SECOND_APPROVAL, USER_SECOND_APPROVAL);
        assertThat(pi).variables().containsEntry(MANAGER_APPROVAL_REQUIRED.name(), false);
        assertThat(delegates.approveCompensation.calls()).isEqualTo(1);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void largeRequest_needsAManagersSecondApproval_fourEyes() {
        ProcessInstance pi = start(LARGE, "EVENT");

        decide(pi, USER_REVIEW_COMPENSATION, Decision.APPROVE);

        assertThat(pi).isWaitingAt(USER_SECOND_APPROVAL).hasPassedInOrder(RULE_ROUTE_APPROVAL,
                GATEWAY_MANAGER_APPROVAL_NEEDED, SERVICE_AWAIT_SECOND_APPROVAL);
        assertThat(task(USER_SECOND_APPROVAL, pi)).hasCandidateGroup("managers");
        // Nothing is reserved until the last approval is given.
        assertThat(delegates.approveCompensation.calls()).isZero();

        decide(pi, USER_SECOND_APPROVAL, Decision.APPROVE);

        assertThat(pi).isWaitingAt(CATCH_CLAIM_SUBMITTED).hasPassedInOrder(USER_SECOND_APPROVAL, GATEWAY_SECOND_DECISION,
                GATEWAY_RESERVE_BUDGET_JOIN, SERVICE_RESERVE_BUDGET);
        assertThat(delegates.awaitSecondApproval.calls()).isEqualTo(1);
        assertThat(delegates.approveCompensation.calls()).isEqualTo(1);
    }

    @Test
    void otherKindFromTheKindThreshold_alsoGoesToAManager() {
        ProcessInstance pi = start(100_000.00, "OTHER");

        decide(pi, USER_REVIEW_COMPENSATION, Decision.APPROVE);

        assertThat(pi).isWaitingAt(USER_SECOND_APPROVAL);
    }

    @Test
    void managerRejects_afterMarketingApproved_endsRejectedWithoutReservation() {
        ProcessInstance pi = start(LARGE, "EXHIBITION");
        decide(pi, USER_REVIEW_COMPENSATION, Decision.APPROVE);

        decide(pi, USER_SECOND_APPROVAL, Decision.REJECT);

        assertThat(pi).isEnded().hasPassedInOrder(USER_SECOND_APPROVAL, GATEWAY_SECOND_DECISION,
                GATEWAY_REJECT_COMPENSATION_JOIN, SERVICE_REJECT_COMPENSATION, END_COMPENSATION_REJECTED);
        assertThat(delegates.approveCompensation.calls()).isZero();
    }

    @Test
    void managerAsksForRework_partnerRevises_andTheReviewStartsAgain() {
        ProcessInstance pi = start(LARGE, "ADVERTISING");
        decide(pi, USER_REVIEW_COMPENSATION, Decision.APPROVE);

        decide(pi, USER_SECOND_APPROVAL, Decision.REWORK);

        assertThat(pi).isWaitingAt(USER_REVISE_COMPENSATION).hasPassedInOrder(GATEWAY_SECOND_DECISION,
                GATEWAY_REQUEST_COMPENSATION_REWORK_JOIN, SERVICE_REQUEST_COMPENSATION_REWORK);
        assertThat(task(USER_REVISE_COMPENSATION, pi)).hasCandidateGroup(PARTNER_GROUP);
        complete(task(USER_REVISE_COMPENSATION, pi));
        assertThat(pi).isWaitingAt(USER_REVIEW_COMPENSATION).hasPassedInOrder(USER_REVISE_COMPENSATION,
                GATEWAY_OPEN_COMPENSATION_REVIEW_JOIN, SERVICE_OPEN_COMPENSATION_REVIEW);
        assertThat(delegates.openCompensationReview.calls()).isEqualTo(2);
    }

    @Test
    void rejectedByMarketing_endsRejected() {
        ProcessInstance pi = start(SMALL, "WEBINAR");

        decide(pi, USER_REVIEW_COMPENSATION, Decision.REJECT);

        assertThat(pi).isEnded().hasPassedInOrder(GATEWAY_REVIEW_DECISION, GATEWAY_REJECT_COMPENSATION_JOIN,
                SERVICE_REJECT_COMPENSATION, END_COMPENSATION_REJECTED).hasNotPassed(RULE_ROUTE_APPROVAL, SERVICE_RESERVE_BUDGET);
        assertThat(delegates.rejectCompensation.processInstanceIds()).containsExactly(pi.getId());
    }

    @Test
    void reworkThenResubmitted_isReviewedAgainAndApproved() {
        ProcessInstance pi = start(SMALL, "PRINTED_MATERIALS");
        assertThat(task(USER_REVIEW_COMPENSATION, pi)).hasCandidateGroup("marketing");

        decide(pi, USER_REVIEW_COMPENSATION, Decision.REWORK);

        assertThat(pi).isWaitingAt(USER_REVISE_COMPENSATION).hasPassedInOrder(GATEWAY_REVIEW_DECISION,
                GATEWAY_REQUEST_COMPENSATION_REWORK_JOIN, SERVICE_REQUEST_COMPENSATION_REWORK);
        complete(task(USER_REVISE_COMPENSATION, pi));
        decide(pi, USER_REVIEW_COMPENSATION, Decision.APPROVE);

        assertThat(pi).isWaitingAt(CATCH_CLAIM_SUBMITTED);
        assertThat(delegates.requestCompensationRework.calls()).isEqualTo(1);
        assertThat(delegates.openCompensationReview.calls()).isEqualTo(2);
    }

    @Test
    void claimVerifiedAndPaid_endsPaid() {
        ProcessInstance pi = approved();

        submitClaim();
        assertThat(pi).isWaitingAt(USER_VERIFY_CLAIM);
        assertThat(task(USER_VERIFY_CLAIM, pi)).hasCandidateGroup("marketing");
        verify(pi, Decision.APPROVE, true);

        assertThat(pi).isWaitingAt(USER_RECORD_PAYMENT);
        assertThat(task(USER_RECORD_PAYMENT, pi)).hasCandidateGroup("finance");
        complete(task(USER_RECORD_PAYMENT, pi));

        assertThat(pi).isEnded().hasPassedInOrder(SERVICE_RESERVE_BUDGET, SUBPROCESS_CLAIM_WINDOW, CATCH_CLAIM_SUBMITTED,
                END_CLAIM_WINDOW, USER_VERIFY_CLAIM, GATEWAY_VERIFICATION_DECISION, GATEWAY_PAYABLE, SERVICE_REQUEST_PAYMENT,
                USER_RECORD_PAYMENT, END_COMPENSATION_PAID);
        assertThat(pi).hasNotPassed(SERVICE_LAPSE_COMPENSATION, SERVICE_CLOSE_UNPAID, SERVICE_RETURN_CLAIM);
        // The claim window's timers went with it.
        assertNoJobsLeft(pi);
    }

    @Test
    void partialAcceptanceIsStillPayable_whileNothingAcceptedClosesUnpaid() {
        ProcessInstance pi = approved();
        submitClaim();

        verify(pi, Decision.APPROVE, false);

        assertThat(pi).isEnded().hasPassedInOrder(GATEWAY_PAYABLE, SERVICE_CLOSE_UNPAID, END_COMPENSATION_CLOSED_UNPAID)
                .hasNotPassed(USER_RECORD_PAYMENT);
        assertThat(delegates.closeUnpaidCompensation.calls()).isEqualTo(1);
        assertThat(delegates.requestPayment.calls()).isZero();
    }

    @Test
    void claimReturnedForCorrection_opensTheWindowAgainWithANewDeadline() {
        ProcessInstance pi = approved();
        submitClaim();

        verify(pi, Decision.REWORK, null);

        assertThat(pi).isWaitingAt(CATCH_CLAIM_SUBMITTED).hasPassedInOrder(GATEWAY_VERIFICATION_DECISION, SERVICE_RETURN_CLAIM,
                GATEWAY_CLAIM_WINDOW_JOIN);
        Job deadline = job(TIMER_CLAIM_DEADLINE, pi);
        assertThat(deadline).hasDueDate(Date.from(NOW.plus(MarketingTestDelegates.CORRECTION_PERIOD)));

        submitClaim();
        verify(pi, Decision.APPROVE, true);
        complete(task(USER_RECORD_PAYMENT, pi));
        assertThat(pi).isEnded().hasPassed(END_COMPENSATION_PAID);
        assertThat(delegates.returnClaim.calls()).isEqualTo(1);
    }

    @Test
    void reminderBeforeTheDeadline_keepsTheWindowOpen() {
        ProcessInstance pi = approved();
        Job reminder = job(TIMER_CLAIM_REMINDER, pi);
        Date dueAt = (Date) runtimeService().getVariable(pi.getId(), CLAIM_DUE_AT.name());
        assertThat(reminder).hasDueDate(Date.from(dueAt.toInstant().minus(MarketingTestDelegates.REMINDER_BEFORE)));
        assertThat(job(TIMER_CLAIM_DEADLINE, pi)).hasDueDate(dueAt);

        setClock(reminder.getDuedate().toInstant());
        assertThat(jobQuery().timers().executable().singleResult().getId()).isEqualTo(reminder.getId());
        execute(reminder);

        assertThat(pi).isWaitingAt(CATCH_CLAIM_SUBMITTED).hasPassedInOrder(TIMER_CLAIM_REMINDER, SERVICE_REMIND_CLAIM, END_CLAIM_REMINDED);
        assertThat(delegates.remindClaim.calls()).isEqualTo(1);
        submitClaim();
        assertThat(pi).isWaitingAt(USER_VERIFY_CLAIM);
    }

    @Test
    void noClaimByTheDeadline_lapsesAndReleases() {
        ProcessInstance pi = approved();
        Job deadline = job(TIMER_CLAIM_DEADLINE, pi);

        setClock(deadline.getDuedate().toInstant());
        execute(deadline);

        assertThat(pi).isEnded().hasPassedInOrder(SERVICE_RESERVE_BUDGET, TIMER_CLAIM_DEADLINE, SERVICE_LAPSE_COMPENSATION,
                END_COMPENSATION_LAPSED).hasNotPassed(END_CLAIM_WINDOW, USER_VERIFY_CLAIM);
        assertThat(delegates.lapseCompensation.processInstanceIds()).containsExactly(pi.getId());
        assertNoJobsLeft(pi);
    }

    @Test
    void cancelledBeforeTheActivity_endsCancelledWherever() {
        ProcessInstance pi = approved();

        correlate(MESSAGE_COMPENSATION_CANCELLED, pi);

        assertThat(pi).isEnded().hasPassedInOrder(START_CANCELLATION_REQUESTED, SERVICE_CANCEL_COMPENSATION, END_COMPENSATION_CANCELLED)
                .hasPassed(SUBPROCESS_CANCELLATION);
        assertThat(delegates.cancelCompensation.calls()).isEqualTo(1);
        assertNoJobsLeft(pi);
    }

    @Test
    void cancelledDuringReview_endsTheReviewTask() {
        ProcessInstance pi = start(SMALL, "EVENT");

        correlate(MESSAGE_COMPENSATION_CANCELLED, pi);

        assertThat(pi).isEnded().hasPassed(END_COMPENSATION_CANCELLED);
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    private ProcessInstance start(double requestedAmount, String kind) {
        Map<String, Object> variables = new HashMap<>();
        COMPENSATION_ID.put(variables, COMPENSATION);
        PARTNER_ID.put(variables, PARTNER);
        REQUESTED_AMOUNT.put(variables, requestedAmount);
        ACTIVITY_KIND.put(variables, kind);
        ProcessInstance pi = start(KEY, COMPENSATION, variables);
        assertThat(pi).isWaitingAt(USER_REVIEW_COMPENSATION);
        return pi;
    }

    private ProcessInstance approved() {
        ProcessInstance pi = start(SMALL, "EVENT");
        decide(pi, USER_REVIEW_COMPENSATION, Decision.APPROVE);
        assertThat(pi).isWaitingAt(CATCH_CLAIM_SUBMITTED);
        return pi;
    }

    private static void submitClaim() {
        runtimeService().createMessageCorrelation(MESSAGE_CLAIM_SUBMITTED).processInstanceBusinessKey(BUSINESS_KEY).correlateWithResult();
    }

    private static void decide(ProcessInstance pi, String taskKey, Decision decision) {
        decide(pi, taskKey, DECISION, decision);
    }

    private static void verify(ProcessInstance pi, Decision decision, Boolean payable) {
        decide(pi, USER_VERIFY_CLAIM, DECISION, decision, COMPENSATION_PAYABLE, payable);
    }
}
