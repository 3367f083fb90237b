package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.PartnerYearProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import dev.partnerprogram.processes.PartnerYearProcess.TierDecision;
import dev.partnerprogram.processes.support.ProcessModelTest;
import dev.partnerprogram.processes.support.UpgradeTestDelegates;
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
 * Walks {@code partner-year}: the running quarter's discount at the start, each quarter's start, the yearly review met,
 * kept or lowered by a manager, and the year's end, which closes the year (applying a decided demotion) and starts the
 * next one; an undecided review is withdrawn by the year's end. The partner's leaving the program, in the first year or
 * a later one and with or without a decision open, ends the year where it is and the process with it.
 */
@Deployment(resources = PartnerYearProcess.RESOURCE)
class PartnerYearProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final Instant YEAR_START = Instant.parse("2031-02-10T08:00:00Z");
    private static final Instant YEAR_END = YEAR_START.plus(UpgradeTestDelegates.YEAR);

    private final UpgradeTestDelegates delegates = UpgradeTestDelegates.register();

    PartnerYearProcessTest() {
        super(YEAR_START);
    }

    @Test
    void opened_setsTheRunningQuartersDiscount_andWaitsForTheNextQuarterTheReviewAndTheYearsEnd() {
        ProcessInstance year = start(501L);

        assertThat(year).hasPassedInOrder(START, SERVICE_OPEN_PARTNER_YEAR, GATEWAY_PARTNER_YEAR_JOIN, START_YEAR_RUNNING,
                GATEWAY_YEAR_SPLIT, GATEWAY_QUARTER_DISCOUNT_JOIN, SERVICE_SET_QUARTER_DISCOUNT)
                .isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE);
        assertThat(job(TIMER_NEXT_QUARTER, year)).hasDueDate(Date.from(YEAR_START.plus(UpgradeTestDelegates.QUARTER)));
        assertThat(job(TIMER_TIER_REVIEW_DUE, year)).hasDueDate(Date.from(YEAR_END.minus(UpgradeTestDelegates.REVIEW_BEFORE_END)));
        assertThat(job(TIMER_PARTNER_YEAR_ENDED, year)).hasDueDate(Date.from(YEAR_END));
        assertThat(delegates.setQuarterDiscount.calls()).isEqualTo(1);
    }

    @Test
    void quarterStart_setsTheDiscount_andWaitsForTheFollowingQuarter() {
        ProcessInstance year = start(502L);
        setClock(YEAR_START.plus(UpgradeTestDelegates.QUARTER));

        execute(job(TIMER_NEXT_QUARTER, year));

        assertThat(delegates.setQuarterDiscount.calls()).isEqualTo(2);
        assertThat(year).hasPassedInOrder(TIMER_NEXT_QUARTER, GATEWAY_QUARTER_DISCOUNT_JOIN, SERVICE_SET_QUARTER_DISCOUNT)
                .isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE);
        assertThat(job(TIMER_NEXT_QUARTER, year)).hasDueDate(Date.from(YEAR_START.plus(UpgradeTestDelegates.QUARTER.multipliedBy(2))));
    }

    @Test
    void review_theTierIsStillMet_endsTheReview() {
        ProcessInstance year = start(503L);

        execute(job(TIMER_TIER_REVIEW_DUE, year));

        assertThat(year).hasPassedInOrder(TIMER_TIER_REVIEW_DUE, SERVICE_REVIEW_TIER, GATEWAY_TIER_MET, END_TIER_CONFIRMED)
                .hasNotPassed(USER_DECIDE_TIER).isWaitingAt(TIMER_NEXT_QUARTER);
    }

    @Test
    void review_notMet_isFlaggedToTheManagers_whoKeepTheTier() {
        delegates.tierMet(false);
        ProcessInstance year = start(504L);
        setClock(YEAR_END.minus(UpgradeTestDelegates.REVIEW_BEFORE_END));
        execute(job(TIMER_TIER_REVIEW_DUE, year));
        assertThat(task(USER_DECIDE_TIER, year)).hasCandidateGroup("managers")
                .hasDueDate(Date.from(YEAR_END.minus(UpgradeTestDelegates.NOTICE)));

        decide(year, TierDecision.KEEP);

        assertThat(year).hasPassedInOrder(SERVICE_REVIEW_TIER, GATEWAY_TIER_MET, USER_DECIDE_TIER, GATEWAY_TIER_DECISION,
                END_TIER_KEPT).hasNotPassed(END_DEMOTION_SCHEDULED).isWaitingAt(TIMER_NEXT_QUARTER);
    }

    @Test
    void yearEnd_withADemotionDecided_closesTheYearAndStartsTheNext() {
        ProcessInstance year = awaitingTierDecision(505L);
        decide(year, TierDecision.LOWER);
        assertThat(year).hasPassed(END_DEMOTION_SCHEDULED);

        setClock(YEAR_END);
        execute(job(TIMER_PARTNER_YEAR_ENDED, year));

        assertThat(year).hasPassedInOrder(END_DEMOTION_SCHEDULED, TIMER_PARTNER_YEAR_ENDED, SERVICE_CLOSE_PARTNER_YEAR,
                GATEWAY_PARTNER_YEAR_JOIN).isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE).isNotEnded();
        assertThat(delegates.closePartnerYear.calls()).isEqualTo(1);
        assertThat(delegates.setQuarterDiscount.calls()).isEqualTo(2);
        assertThat(job(TIMER_PARTNER_YEAR_ENDED, year)).hasDueDate(Date.from(YEAR_END.plus(UpgradeTestDelegates.YEAR)));
    }

    @Test
    void yearEnd_withoutADemotion_startsTheNextYearWithItsOwnTimers() {
        ProcessInstance year = start(506L);
        execute(job(TIMER_TIER_REVIEW_DUE, year));

        setClock(YEAR_END);
        execute(job(TIMER_PARTNER_YEAR_ENDED, year));

        assertThat(year).hasPassedInOrder(END_TIER_CONFIRMED, TIMER_PARTNER_YEAR_ENDED, SERVICE_CLOSE_PARTNER_YEAR)
                .hasNotPassed(USER_DECIDE_TIER).isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE);
        assertThat(job(TIMER_TIER_REVIEW_DUE, year)).hasDueDate(Date.from(YEAR_END.plus(UpgradeTestDelegates.YEAR)
                .minus(UpgradeTestDelegates.REVIEW_BEFORE_END)));
        assertThat(jobQuery().processInstanceId(year.getId()).timers().count()).isEqualTo(3);
    }

    @Test
    void yearEnd_beforeAnyManagerDecided_withdrawsTheOpenDecision() {
        ProcessInstance year = awaitingTierDecision(507L);

        execute(job(TIMER_PARTNER_YEAR_ENDED, year));

        assertThat(taskQuery().processInstanceId(year.getId()).taskDefinitionKey(USER_DECIDE_TIER).count()).isZero();
        assertThat(year).hasPassed(SERVICE_CLOSE_PARTNER_YEAR).hasNotPassed(GATEWAY_TIER_DECISION);
    }

    @Test
    void partnerLeaves_endsTheYearWhereItIs_andOpensNoOther() {
        ProcessInstance year = start(508L);

        leave(year);

        assertThat(year).isEnded().hasPassedInOrder(SUBPROCESS_PARTNER_YEAR, START_YEAR_RUNNING, SUBPROCESS_PARTNER_LEFT,
                START_PARTNER_LEFT, END_YEAR_CUT_SHORT, END_PARTNER_LEFT)
                .hasNotPassed(TIMER_PARTNER_YEAR_ENDED, SERVICE_CLOSE_PARTNER_YEAR, SERVICE_REVIEW_TIER);
        // The quarter's, the review's and the year's timers are gone with the year.
        assertNoJobsLeft(year);
        assertThat(delegates.closePartnerYear.calls()).isZero();
    }

    @Test
    void partnerLeaves_whileManagersDecideOnItsTier_withdrawsTheDecision() {
        ProcessInstance year = awaitingTierDecision(509L);

        leave(year);

        assertThat(year).isEnded().hasPassedInOrder(SERVICE_REVIEW_TIER, START_PARTNER_LEFT, END_PARTNER_LEFT)
                .hasNotPassed(GATEWAY_TIER_DECISION, SERVICE_CLOSE_PARTNER_YEAR);
        assertThat(taskQuery().processInstanceId(year.getId()).count()).isZero();
    }

    @Test
    void partnerLeaves_inALaterYear_afterTheEarlierOneWasClosed() {
        ProcessInstance year = start(510L);
        setClock(YEAR_END);
        execute(job(TIMER_PARTNER_YEAR_ENDED, year));
        assertThat(year).isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE);

        leave(year);

        assertThat(year).isEnded().hasPassedInOrder(SERVICE_CLOSE_PARTNER_YEAR, GATEWAY_PARTNER_YEAR_JOIN,
                START_PARTNER_LEFT, END_PARTNER_LEFT);
        assertThat(delegates.closePartnerYear.calls()).isEqualTo(1);
        assertNoJobsLeft(year);
    }

    private ProcessInstance start(long partnerId) {
        Map<String, Object> variables = new HashMap<>();
        PARTNER_ID.put(variables, partnerId);
        return startThrough(SERVICE_OPEN_PARTNER_YEAR, KEY, partnerId, variables);
    }

    /** A partner whose yearly review found it short of its tier: the managers' decision is open. */
    private ProcessInstance awaitingTierDecision(long partnerId) {
        delegates.tierMet(false);
        ProcessInstance year = start(partnerId);
        execute(job(TIMER_TIER_REVIEW_DUE, year));
        assertThat(year).isWaitingAt(USER_DECIDE_TIER);
        return year;
    }

    /** As the program will say it: to the partner's year, found by its business key. */
    private static void leave(ProcessInstance year) {
        runtimeService().createMessageCorrelation(MESSAGE_PARTNER_LEFT_PROGRAM)
                .processInstanceBusinessKey(year.getBusinessKey())
                .correlateWithResult();
    }

    private static void decide(ProcessInstance year, TierDecision decision) {
        decide(year, USER_DECIDE_TIER, TIER_DECISION, decision);
    }
}
