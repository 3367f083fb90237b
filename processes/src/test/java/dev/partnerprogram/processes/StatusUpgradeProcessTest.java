package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.StatusUpgradeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.partnerprogram.processes.StatusUpgradeProcess.Decision;
import dev.partnerprogram.processes.support.ProcessModelTest;
import dev.partnerprogram.processes.support.UpgradeTestDelegates;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code status-upgrade}: refused by the rules, rejected in review, reworked and checked again, unanswered rework,
 * the overdue review escalated, Certified granted, General decided by the committee's majority either way, withdrawn.
 */
@Deployment(resources = StatusUpgradeProcess.RESOURCE)
class StatusUpgradeProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final long PARTNER = 77L;
    private static final String PARTNER_MANAGERS = "partner-managers";
    private static final String MANAGERS = "managers";
    private static final Instant APPLIED_AT = Instant.parse("2031-03-03T08:00:00Z");

    private final UpgradeTestDelegates delegates = UpgradeTestDelegates.register();

    StatusUpgradeProcessTest() {
        super(APPLIED_AT);
    }

    @Test
    void notEligible_isRejectedByTheRules_withoutAReview() {
        delegates.eligibility(false);

        ProcessInstance upgrade = apply(9001L, "CERTIFIED");

        assertThat(upgrade).isEnded().hasPassedInOrder(START, GATEWAY_CHECK_ELIGIBILITY_JOIN, SERVICE_CHECK_ELIGIBILITY,
                GATEWAY_ELIGIBLE, SERVICE_REJECT_NOT_ELIGIBLE, END_NOT_ELIGIBLE).hasNotPassed(USER_REVIEW_UPGRADE);
        assertThat(delegates.rejectNotEligible.calls()).isEqualTo(1);
    }

    @Test
    void certified_approvedInReview_isGranted() {
        ProcessInstance upgrade = apply(9002L, "CERTIFIED");
        assertThat(upgrade).isWaitingAt(USER_REVIEW_UPGRADE);
        assertThat(task(USER_REVIEW_UPGRADE, upgrade)).hasCandidateGroup(PARTNER_MANAGERS)
                .hasDueDate(Date.from(APPLIED_AT.plus(UpgradeTestDelegates.REVIEW_PERIOD)));

        review(upgrade, Decision.APPROVE);
        assertThat(upgrade).isWaitingAt(SERVICE_GRANT_UPGRADE);
        execute(job(SERVICE_GRANT_UPGRADE, upgrade));

        assertThat(upgrade).isEnded().hasPassedInOrder(SERVICE_CHECK_ELIGIBILITY, SERVICE_OPEN_UPGRADE_REVIEW, USER_REVIEW_UPGRADE,
                GATEWAY_UPGRADE_REVIEW, GATEWAY_COMMITTEE_NEEDED, GATEWAY_GRANT_UPGRADE_JOIN, SERVICE_GRANT_UPGRADE,
                END_UPGRADE_GRANTED).hasNotPassed(SERVICE_OPEN_COMMITTEE, USER_COMMITTEE_VOTE);
        assertThat(delegates.grantUpgrade.calls()).isEqualTo(1);
    }

    @Test
    void rejectedInReview_endsRejected() {
        ProcessInstance upgrade = apply(9003L, "CERTIFIED");

        review(upgrade, Decision.REJECT);

        assertThat(upgrade).isEnded().hasPassedInOrder(USER_REVIEW_UPGRADE, GATEWAY_UPGRADE_REVIEW, SERVICE_REJECT_UPGRADE,
                END_UPGRADE_REJECTED).hasNotPassed(SERVICE_GRANT_UPGRADE);
    }

    @Test
    void rework_thePartnersAnswerIsJudgedByTheRulesAgain_thenReviewed() {
        delegates.eligibility(true, true);
        ProcessInstance upgrade = apply(9004L, "CERTIFIED");
        review(upgrade, Decision.REWORK);
        assertThat(task(USER_REVISE_UPGRADE, upgrade)).hasCandidateGroup("partner-" + PARTNER);
        assertThat(job(TIMER_UPGRADE_REWORK_TIMEOUT, upgrade)).hasDueDate(Date.from(APPLIED_AT.plus(UpgradeTestDelegates.REWORK_PERIOD)));

        complete(task(USER_REVISE_UPGRADE, upgrade));

        assertThat(upgrade).isWaitingAt(USER_REVIEW_UPGRADE).hasPassedInOrder(USER_REVIEW_UPGRADE, SERVICE_REQUEST_UPGRADE_REWORK,
                USER_REVISE_UPGRADE, GATEWAY_CHECK_ELIGIBILITY_JOIN, SERVICE_CHECK_ELIGIBILITY, SERVICE_OPEN_UPGRADE_REVIEW);
        assertThat(delegates.checkEligibility.calls()).isEqualTo(2);
        assertThat(delegates.openUpgradeReview.calls()).isEqualTo(2);
    }

    @Test
    void rework_afterWhichThePartnerIsNoLongerEligible_isRejectedByTheRules() {
        delegates.eligibility(true, false);
        ProcessInstance upgrade = apply(9005L, "CERTIFIED");
        review(upgrade, Decision.REWORK);

        complete(task(USER_REVISE_UPGRADE, upgrade));

        assertThat(upgrade).isEnded().hasPassedInOrder(USER_REVISE_UPGRADE, SERVICE_CHECK_ELIGIBILITY, SERVICE_REJECT_NOT_ELIGIBLE,
                END_NOT_ELIGIBLE);
    }

    @Test
    void reworkUnanswered_isWithdrawnAfterTheTimeout() {
        ProcessInstance upgrade = apply(9006L, "CERTIFIED");
        review(upgrade, Decision.REWORK);

        execute(job(TIMER_UPGRADE_REWORK_TIMEOUT, upgrade));

        assertThat(upgrade).isEnded().hasPassedInOrder(USER_REVISE_UPGRADE, TIMER_UPGRADE_REWORK_TIMEOUT,
                SERVICE_WITHDRAW_UPGRADE_AFTER_TIMEOUT, END_UPGRADE_WITHDRAWN_TIMEOUT);
        assertThat(delegates.withdrawUpgrade.activityIds()).containsExactly(SERVICE_WITHDRAW_UPGRADE_AFTER_TIMEOUT);
    }

    @Test
    void reviewOverdue_isEscalatedToTheManagers_andTheReviewStaysOpen() {
        ProcessInstance upgrade = apply(9007L, "CERTIFIED");
        assertThat(job(TIMER_UPGRADE_REVIEW_OVERDUE, upgrade)).hasDueDate(Date.from(APPLIED_AT.plus(UpgradeTestDelegates.REVIEW_PERIOD)));

        execute(job(TIMER_UPGRADE_REVIEW_OVERDUE, upgrade));

        assertThat(upgrade).isWaitingAt(USER_REVIEW_UPGRADE).hasPassedInOrder(TIMER_UPGRADE_REVIEW_OVERDUE,
                SERVICE_ESCALATE_UPGRADE_REVIEW, END_UPGRADE_REVIEW_ESCALATED);
        assertThat(delegates.escalateUpgradeReview.calls()).isEqualTo(1);
        review(upgrade, Decision.APPROVE);
        assertThat(upgrade).isWaitingAt(SERVICE_GRANT_UPGRADE);
    }

    @Test
    void general_aMajorityOfTheCommitteeFor_endsTheVoteEarly_andGrants() {
        ProcessInstance upgrade = beforeTheCommittee(9008L);
        List<Task> votes = votes(upgrade);
        assertThat(votes).hasSize(UpgradeTestDelegates.COMMITTEE_SIZE);
        votes.forEach(t -> assertThat(t).hasCandidateGroup(MANAGERS));

        vote(votes.get(0), false, true);
        assertThat(votes(upgrade)).hasSize(2);
        vote(votes.get(1), true, true);

        assertThat(votes(upgrade)).isEmpty();
        assertThat(upgrade).isWaitingAt(SERVICE_GRANT_UPGRADE);
        execute(job(SERVICE_GRANT_UPGRADE, upgrade));
        assertThat(upgrade).isEnded().hasPassedInOrder(GATEWAY_COMMITTEE_NEEDED, SERVICE_OPEN_COMMITTEE, USER_COMMITTEE_VOTE,
                GATEWAY_COMMITTEE_DECISION, GATEWAY_GRANT_UPGRADE_JOIN, SERVICE_GRANT_UPGRADE, END_UPGRADE_GRANTED)
                .hasNotPassed(SERVICE_COMMITTEE_REJECTS);
    }

    @Test
    void general_aMajorityOfTheCommitteeAgainst_rejects() {
        ProcessInstance upgrade = beforeTheCommittee(9009L);
        List<Task> votes = votes(upgrade);

        vote(votes.get(0), false, false);
        vote(votes.get(1), true, false);

        assertThat(upgrade).isEnded().hasPassedInOrder(USER_COMMITTEE_VOTE, GATEWAY_COMMITTEE_DECISION, SERVICE_COMMITTEE_REJECTS,
                END_UPGRADE_REJECTED_BY_COMMITTEE).hasNotPassed(SERVICE_GRANT_UPGRADE);
        assertNoJobsLeft(upgrade);
    }

    @Test
    void general_aSplitCommitteeDecidesWithTheLastVote() {
        ProcessInstance upgrade = beforeTheCommittee(9010L);
        List<Task> votes = votes(upgrade);

        vote(votes.get(0), false, false);
        vote(votes.get(1), false, false);
        assertThat(upgrade).isWaitingAt(USER_COMMITTEE_VOTE);
        vote(votes.get(2), true, true);

        assertThat(upgrade).isWaitingAt(SERVICE_GRANT_UPGRADE);
    }

    @Test
    void partnerWithdrawsDuringTheReview_endsWithdrawn() {
        ProcessInstance upgrade = apply(9011L, "GENERAL");

        correlate(MESSAGE_APPLICATION_WITHDRAWN, upgrade);

        assertThat(upgrade).isEnded().hasPassedInOrder(START_WITHDRAWAL_REQUESTED, SERVICE_WITHDRAW_ON_REQUEST,
                END_WITHDRAWN_ON_REQUEST).hasPassed(SUBPROCESS_WITHDRAWAL).hasNotPassed(GATEWAY_UPGRADE_REVIEW);
        assertThat(taskQuery().processInstanceId(upgrade.getId()).count()).isZero();
        assertThat(delegates.withdrawUpgrade.activityIds()).containsExactly(SERVICE_WITHDRAW_ON_REQUEST);
    }

    private ProcessInstance apply(long id, String requested) {
        Map<String, Object> variables = new HashMap<>();
        APPLICATION_ID.put(variables, id);
        PARTNER_ID.put(variables, PARTNER);
        REQUESTED_STATUS.put(variables, requested);
        return start(KEY, id, variables);
    }

    /** A request for the highest tier, approved in review: the committee's votes are open. */
    private ProcessInstance beforeTheCommittee(long id) {
        ProcessInstance upgrade = apply(id, "GENERAL");
        review(upgrade, Decision.APPROVE);
        return upgrade;
    }

    private static void review(ProcessInstance upgrade, Decision decision) {
        decide(upgrade, USER_REVIEW_UPGRADE, DECISION, decision);
    }

    private static List<Task> votes(ProcessInstance upgrade) {
        return taskQuery().processInstanceId(upgrade.getId()).taskDefinitionKey(USER_COMMITTEE_VOTE).list();
    }

    /** What the inbox passes on with a vote: whether the committee has now decided, and which way. */
    private static void vote(Task task, boolean decided, boolean approved) {
        complete(task, withVariables(COMMITTEE_DECIDED.name(), decided, COMMITTEE_APPROVED.name(), approved));
    }
}
