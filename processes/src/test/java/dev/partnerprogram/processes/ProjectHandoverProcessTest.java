package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.ProjectHandoverProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import dev.partnerprogram.processes.ProjectHandoverProcess.Answer;
import dev.partnerprogram.processes.support.HandoverTestDelegates;
import dev.partnerprogram.processes.support.ProcessModelTest;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code project-handover}: the offer goes to the proposed partners in turn; an acceptance takes the project, a
 * decline or a missed deadline moves the offer to the next, and with nobody left the handover ends unassigned.
 */
@Deployment(resources = ProjectHandoverProcess.RESOURCE)
class ProjectHandoverProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private HandoverTestDelegates delegates;

    @Test
    void theFirstProposedPartner_holdsTheOffer_withItsDeadline() {
        delegates = HandoverTestDelegates.register(List.of(31L, 32L));

        ProcessInstance handover = offer(901L);

        assertThat(handover).hasPassedInOrder(START, GATEWAY_NEXT_JOIN, SERVICE_OFFER_NEXT, GATEWAY_OFFERED).isWaitingAt(USER_ANSWER_OFFER);
        assertThat(task(USER_ANSWER_OFFER, handover)).hasCandidateGroup("partner-31");
        assertThat(job(TIMER_ANSWER_DUE, handover)).hasDueDate(Date.from(NOW.plus(HandoverTestDelegates.ANSWER_TIME)));
    }

    @Test
    void accepted_takesTheProject_andEnds() {
        delegates = HandoverTestDelegates.register(List.of(31L, 32L));
        ProcessInstance handover = offer(902L);

        answer(handover, Answer.ACCEPT);

        assertThat(handover).isEnded().hasPassedInOrder(USER_ANSWER_OFFER, GATEWAY_ANSWER, END_HANDOVER_ACCEPTED);
        assertThat(delegates.offerNext.calls()).isEqualTo(1);
    }

    @Test
    void declined_thenTimedOut_thenAccepted_byTheThird() {
        delegates = HandoverTestDelegates.register(List.of(31L, 32L, 33L));
        ProcessInstance handover = offer(903L);

        answer(handover, Answer.DECLINE);
        assertThat(task(USER_ANSWER_OFFER, handover)).hasCandidateGroup("partner-32");
        setClock(NOW.plus(HandoverTestDelegates.ANSWER_TIME));
        execute(job(TIMER_ANSWER_DUE, handover));
        assertThat(handover).hasPassed(TIMER_ANSWER_DUE, SERVICE_LAPSE_OFFER);
        assertThat(task(USER_ANSWER_OFFER, handover)).hasCandidateGroup("partner-33");
        answer(handover, Answer.ACCEPT);

        assertThat(handover).isEnded().hasPassed(END_HANDOVER_ACCEPTED).hasNotPassed(SERVICE_CLOSE_UNASSIGNED);
        assertThat(delegates.offerNext.calls()).isEqualTo(3);
        assertThat(delegates.lapseOffer.calls()).isEqualTo(1);
    }

    @Test
    void withdrawnFromAPartnerWhoseAgreementStopped_movesToTheNext_orEndsUnassigned() {
        delegates = HandoverTestDelegates.register(List.of(31L, 32L));
        ProcessInstance handover = offer(906L);

        withdraw(handover);
        assertThat(handover).hasPassed(BOUNDARY_OFFER_WITHDRAWN).isWaitingAt(USER_ANSWER_OFFER);
        assertThat(task(USER_ANSWER_OFFER, handover)).hasCandidateGroup("partner-32");
        assertThat(job(TIMER_ANSWER_DUE, handover)).as("the next partner has its own deadline").isNotNull();
        withdraw(handover);

        assertThat(handover).isEnded().hasPassedInOrder(BOUNDARY_OFFER_WITHDRAWN, GATEWAY_NEXT_JOIN, SERVICE_OFFER_NEXT,
                GATEWAY_OFFERED, SERVICE_CLOSE_UNASSIGNED, END_HANDOVER_UNASSIGNED).hasNotPassed(SERVICE_LAPSE_OFFER);
        assertThat(delegates.offerNext.calls()).isEqualTo(3);
        assertThat(delegates.lapseOffer.calls()).as("a withdrawal is not a missed deadline").isZero();
        assertThat(taskQuery().count()).isZero();
    }

    @Test
    void everyPartnerDeclines_orNoneIsProposed_theHandoverEndsUnassigned() {
        delegates = HandoverTestDelegates.register(List.of(31L));
        ProcessInstance declined = offer(904L);
        answer(declined, Answer.DECLINE);
        assertThat(declined).isEnded().hasPassedInOrder(SERVICE_OFFER_NEXT, GATEWAY_OFFERED, SERVICE_CLOSE_UNASSIGNED,
                END_HANDOVER_UNASSIGNED);

        ProcessInstance nobody = offer(905L);
        assertThat(nobody).isEnded().hasPassed(END_HANDOVER_UNASSIGNED).hasNotPassed(USER_ANSWER_OFFER);
        assertThat(delegates.closeUnassigned.calls()).isEqualTo(2);
        assertThat(taskQuery().count()).isZero();
    }

    private ProcessInstance offer(long handoverId) {
        Map<String, Object> variables = new HashMap<>();
        HANDOVER_ID.put(variables, handoverId);
        return start(KEY, handoverId, variables);
    }

    private static void withdraw(ProcessInstance handover) {
        runtimeService()
                .createMessageCorrelation(MESSAGE_OFFER_WITHDRAWN).processInstanceId(handover.getId()).correlate();
    }

    private static void answer(ProcessInstance handover, Answer answer) {
        decide(handover, USER_ANSWER_OFFER, ANSWER, answer);
    }
}
