package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.JointEventProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dev.partnerprogram.processes.JointEventProcess.Decision;
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

/** Walks {@code joint-event}: short notice refused at once, approved with a reminder, rejected, another date proposed. */
@Deployment(resources = JointEventProcess.RESOURCE)
class JointEventProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final long EVENT = 77L;
    private static final long PARTNER = 42L;

    private final MarketingTestDelegates delegates = MarketingTestDelegates.register();

    @Test
    void lessThanAMonthAhead_isRefusedAtOnce() {
        delegates.noticeSufficient(false);

        ProcessInstance pi = start();

        assertThat(pi).isEnded().hasPassedInOrder(START, SERVICE_CHECK_EVENT_NOTICE, GATEWAY_NOTICE_SUFFICIENT,
                SERVICE_REFUSE_SHORT_NOTICE, END_EVENT_REFUSED_SHORT_NOTICE).hasNotPassed(USER_REVIEW_EVENT);
        assertThat(delegates.refuseShortNotice.calls()).isEqualTo(1);
    }

    @Test
    void approved_waitsForTheReminderAWeekBefore() {
        ProcessInstance pi = start();
        assertThat(task(USER_REVIEW_EVENT, pi)).hasCandidateGroup("marketing");

        decide(pi, Decision.APPROVE);

        assertThat(pi).isWaitingAt(TIMER_EVENT_REMINDER).hasPassedInOrder(GATEWAY_NOTICE_SUFFICIENT,
                GATEWAY_OPEN_EVENT_REVIEW_JOIN, SERVICE_OPEN_EVENT_REVIEW, USER_REVIEW_EVENT, GATEWAY_EVENT_DECISION,
                SERVICE_APPROVE_EVENT);
        Job reminder = job(TIMER_EVENT_REMINDER, pi);
        assertThat(reminder).hasDueDate(Date.from(NOW.plus(MarketingTestDelegates.EVENT_REMINDER_IN)));
        assertThat(jobQuery().timers().executable().count()).isZero();

        setClock(reminder.getDuedate().toInstant());
        execute(reminder);

        assertThat(pi).isEnded().hasPassedInOrder(TIMER_EVENT_REMINDER, SERVICE_REMIND_EVENT, END_EVENT_REMINDED);
        assertThat(delegates.remindEvent.calls()).isEqualTo(1);
    }

    @Test
    void rejected_endsRejected() {
        ProcessInstance pi = start();

        decide(pi, Decision.REJECT);

        assertThat(pi).isEnded().hasPassedInOrder(GATEWAY_EVENT_DECISION, SERVICE_REJECT_EVENT, END_EVENT_REJECTED);
    }

    @Test
    void otherDateProposedAndAccepted_goesBackToMarketingAndIsApproved() {
        ProcessInstance pi = start();

        decide(pi, Decision.PROPOSE_DATE);

        assertThat(pi).isWaitingAt(USER_ANSWER_PROPOSED_DATE).hasPassed(SERVICE_PROPOSE_EVENT_DATE);
        assertThat(task(USER_ANSWER_PROPOSED_DATE, pi)).hasCandidateGroup("partner-" + PARTNER);
        completeWith(pi, USER_ANSWER_PROPOSED_DATE, DATE_ACCEPTED, true);

        assertThat(pi).isWaitingAt(USER_REVIEW_EVENT);
        assertThat(delegates.openEventReview.calls()).isEqualTo(2);
        decide(pi, Decision.APPROVE);
        assertThat(pi).isWaitingAt(TIMER_EVENT_REMINDER).hasPassedInOrder(USER_ANSWER_PROPOSED_DATE, GATEWAY_DATE_ANSWER,
                GATEWAY_OPEN_EVENT_REVIEW_JOIN, SERVICE_OPEN_EVENT_REVIEW, USER_REVIEW_EVENT, SERVICE_APPROVE_EVENT);
    }

    @Test
    void otherDateProposedAndDeclined_endsDeclined() {
        ProcessInstance pi = start();
        decide(pi, Decision.PROPOSE_DATE);

        completeWith(pi, USER_ANSWER_PROPOSED_DATE, DATE_ACCEPTED, false);

        assertThat(pi).isEnded().hasPassedInOrder(GATEWAY_DATE_ANSWER, SERVICE_DECLINE_EVENT, END_EVENT_DECLINED)
                .hasNotPassed(SERVICE_APPROVE_EVENT);
        assertThat(delegates.declineEvent.calls()).isEqualTo(1);
    }

    private ProcessInstance start() {
        Map<String, Object> variables = new HashMap<>();
        EVENT_ID.put(variables, EVENT);
        PARTNER_ID.put(variables, PARTNER);
        return start(KEY, EVENT, variables);
    }

    private static void decide(ProcessInstance pi, Decision decision) {
        decide(pi, USER_REVIEW_EVENT, DECISION, decision);
    }
}
