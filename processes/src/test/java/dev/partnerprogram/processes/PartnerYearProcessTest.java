package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.PartnerYearProcess.*;
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

import dev.partnerprogram.processes.PartnerYearProcess.TierDecision;
import dev.partnerprogram.processes.support.UpgradeTestDelegates;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code partner-year}: the running quarter's discount at the start, each quarter's start, the yearly review met,
 * kept or lowered by a manager, and the year's end, which closes the year (applying a decided demotion) and starts the
 * next one; an undecided review is withdrawn by the year's end.
 */
@Deployment(resources = PartnerYearProcess.RESOURCE)
class PartnerYearProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final Instant NOW = Instant.parse("2031-02-10T08:00:00Z");
    private static final Instant YEAR_END = NOW.plus(UpgradeTestDelegates.YEAR);

    private UpgradeTestDelegates delegates;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        delegates = UpgradeTestDelegates.register();
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void opened_setsTheRunningQuartersDiscount_andWaitsForTheNextQuarterTheReviewAndTheYearsEnd() {
        ProcessInstance year = start(501L);

        assertThat(year).hasPassedInOrder(START, SERVICE_OPEN_PARTNER_YEAR, START_YEAR_RUNNING, GATEWAY_YEAR_SPLIT,
                SERVICE_SET_QUARTER_DISCOUNT).isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE);
        assertThat(job(TIMER_NEXT_QUARTER, year)).hasDueDate(Date.from(NOW.plus(UpgradeTestDelegates.QUARTER)));
        assertThat(job(TIMER_TIER_REVIEW_DUE, year)).hasDueDate(Date.from(YEAR_END.minus(UpgradeTestDelegates.REVIEW_BEFORE_END)));
        assertThat(job(TIMER_PARTNER_YEAR_ENDED, year)).hasDueDate(Date.from(YEAR_END));
        assertThat(delegates.setQuarterDiscount.calls()).isEqualTo(1);
    }

    @Test
    void quarterStart_setsTheDiscount_andWaitsForTheFollowingQuarter() {
        ProcessInstance year = start(502L);
        ClockUtil.setCurrentTime(Date.from(NOW.plus(UpgradeTestDelegates.QUARTER)));

        execute(job(TIMER_NEXT_QUARTER, year));

        assertThat(delegates.setQuarterDiscount.calls()).isEqualTo(2);
        assertThat(year).isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE);
        assertThat(job(TIMER_NEXT_QUARTER, year)).hasDueDate(Date.from(NOW.plus(UpgradeTestDelegates.QUARTER.multipliedBy(2))));
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
        ClockUtil.setCurrentTime(Date.from(YEAR_END.minus(UpgradeTestDelegates.REVIEW_BEFORE_END)));
        execute(job(TIMER_TIER_REVIEW_DUE, year));
        assertThat(task(USER_DECIDE_TIER, year)).hasCandidateGroup("managers")
                .hasDueDate(Date.from(YEAR_END.minus(UpgradeTestDelegates.NOTICE)));

        decide(year, TierDecision.KEEP);

        assertThat(year).hasPassedInOrder(SERVICE_REVIEW_TIER, GATEWAY_TIER_MET, USER_DECIDE_TIER, GATEWAY_TIER_DECISION,
                END_TIER_KEPT).hasNotPassed(END_DEMOTION_SCHEDULED).isWaitingAt(TIMER_NEXT_QUARTER);
    }

    @Test
    void yearEnd_withADemotionDecided_closesTheYearAndStartsTheNext() {
        delegates.tierMet(false);
        ProcessInstance year = start(505L);
        execute(job(TIMER_TIER_REVIEW_DUE, year));
        decide(year, TierDecision.LOWER);
        assertThat(year).hasPassed(END_DEMOTION_SCHEDULED);

        ClockUtil.setCurrentTime(Date.from(YEAR_END));
        execute(job(TIMER_PARTNER_YEAR_ENDED, year));

        assertThat(year).hasPassedInOrder(END_DEMOTION_SCHEDULED, TIMER_PARTNER_YEAR_ENDED, SERVICE_CLOSE_PARTNER_YEAR)
                .isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE).isNotEnded();
        assertThat(delegates.closePartnerYear.calls()).isEqualTo(1);
        assertThat(delegates.setQuarterDiscount.calls()).isEqualTo(2);
        assertThat(job(TIMER_PARTNER_YEAR_ENDED, year)).hasDueDate(Date.from(YEAR_END.plus(UpgradeTestDelegates.YEAR)));
    }

    @Test
    void yearEnd_withoutADemotion_startsTheNextYearWithItsOwnTimers() {
        ProcessInstance year = start(506L);
        execute(job(TIMER_TIER_REVIEW_DUE, year));

        ClockUtil.setCurrentTime(Date.from(YEAR_END));
        execute(job(TIMER_PARTNER_YEAR_ENDED, year));

        assertThat(year).hasPassedInOrder(END_TIER_CONFIRMED, TIMER_PARTNER_YEAR_ENDED, SERVICE_CLOSE_PARTNER_YEAR)
                .hasNotPassed(USER_DECIDE_TIER).isWaitingAt(TIMER_NEXT_QUARTER, TIMER_TIER_REVIEW_DUE);
        assertThat(job(TIMER_TIER_REVIEW_DUE, year)).hasDueDate(Date.from(YEAR_END.plus(UpgradeTestDelegates.YEAR)
                .minus(UpgradeTestDelegates.REVIEW_BEFORE_END)));
        assertThat(jobQuery().processInstanceId(year.getId()).timers().count()).isEqualTo(3);
    }

    @Test
    void yearEnd_beforeAnyManagerDecided_withdrawsTheOpenDecision() {
        delegates.tierMet(false);
        ProcessInstance year = start(507L);
        execute(job(TIMER_TIER_REVIEW_DUE, year));
        assertThat(year).isWaitingAt(USER_DECIDE_TIER);

        execute(job(TIMER_PARTNER_YEAR_ENDED, year));

        assertThat(taskQuery().processInstanceId(year.getId()).taskDefinitionKey(USER_DECIDE_TIER).count()).isZero();
        assertThat(year).hasPassed(SERVICE_CLOSE_PARTNER_YEAR).hasNotPassed(GATEWAY_TIER_DECISION);
    }

    private ProcessInstance start(long partnerId) {
        Map<String, Object> variables = new HashMap<>();
        PARTNER_ID.put(variables, partnerId);
        ProcessInstance year = runtimeService().startProcessInstanceByKey(KEY, Long.toString(partnerId), variables);
        // Opened asynchronously, so a failure here never rolls back the grant that started it.
        assertThat(year).isStarted().isWaitingAt(SERVICE_OPEN_PARTNER_YEAR);
        execute(job(SERVICE_OPEN_PARTNER_YEAR, year));
        return year;
    }

    private static void decide(ProcessInstance year, TierDecision decision) {
        complete(task(USER_DECIDE_TIER, year), withVariables(TIER_DECISION.name(), decision.name()));
    }
}
