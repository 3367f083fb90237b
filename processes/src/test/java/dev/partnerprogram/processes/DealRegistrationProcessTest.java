package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.DealRegistrationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.partnerprogram.processes.DealRegistrationProcess.Outcome;
import dev.partnerprogram.processes.DealRegistrationProcess.ReviewDecision;
import dev.partnerprogram.processes.support.DealTestDelegates;
import dev.partnerprogram.processes.support.ProcessModelTest;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code deal-registration}: a registration without a rival goes to the managers' review, one whose customer
 * another partner registered goes to the managers as a conflict; a rejection ends it; an approval protects it until
 * its date, by which the partner reports it won or lost or asks for its extension; the protection's end expires it.
 */
@Deployment(resources = DealRegistrationProcess.RESOURCE)
class DealRegistrationProcessTest extends ProcessModelTest {

    private static final Date PROTECTED_UNTIL = Date.from(NOW.plus(Duration.ofDays(91)));
    private static final Date EXTENDED_UNTIL = Date.from(NOW.plus(Duration.ofDays(121)));

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private final DealTestDelegates delegates = DealTestDelegates.register();

    @Test
    void noOtherRegistration_goesToTheManagersReview() {
        ProcessInstance deal = register(801L, 11L);

        assertThat(deal).hasPassedInOrder(START, SERVICE_DETECT_CONFLICTS, GATEWAY_CONFLICT).isWaitingAt(USER_REVIEW_DEAL)
                .hasNotPassed(USER_RESOLVE_CONFLICT);
        assertThat(task(USER_REVIEW_DEAL, deal)).hasCandidateGroup("partner-managers");
        assertThat(delegates.detectConflicts.calls()).isEqualTo(1);
    }

    @Test
    void theSameCustomerRegisteredByAnother_goesToTheManagersAsAConflict() {
        delegates.conflictFound = true;

        ProcessInstance deal = register(802L, 11L);

        assertThat(deal).hasPassedInOrder(SERVICE_DETECT_CONFLICTS, GATEWAY_CONFLICT).isWaitingAt(USER_RESOLVE_CONFLICT)
                .hasNotPassed(USER_REVIEW_DEAL);
        assertThat(task(USER_RESOLVE_CONFLICT, deal)).hasCandidateGroup("partner-managers");
    }

    @Test
    void conflictResolvedForTheDeal_protectsIt_andOffersThePartnerItsOutcome() {
        delegates.conflictFound = true;
        ProcessInstance deal = register(803L, 12L);

        approve(deal, USER_RESOLVE_CONFLICT);

        assertThat(deal).hasPassedInOrder(USER_RESOLVE_CONFLICT, GATEWAY_REVIEW_JOIN, GATEWAY_REVIEW_DECISION, GATEWAY_PROTECTION_JOIN)
                .isWaitingAt(USER_CLOSE_DEAL);
        assertThat(task(USER_CLOSE_DEAL, deal)).hasCandidateGroup("partner-12");
        assertThat(job(TIMER_PROTECTION_ENDED, deal)).hasDueDate(PROTECTED_UNTIL);
    }

    @Test
    void conflictResolvedAgainstTheDeal_endsIt() {
        delegates.conflictFound = true;
        ProcessInstance deal = register(804L, 12L);

        reject(deal, USER_RESOLVE_CONFLICT);

        assertThat(deal).isEnded().hasPassedInOrder(USER_RESOLVE_CONFLICT, GATEWAY_REVIEW_JOIN, GATEWAY_REVIEW_DECISION,
                END_DEAL_REJECTED).hasNotPassed(USER_CLOSE_DEAL);
    }

    @Test
    void rejectedInReview_endsIt() {
        ProcessInstance deal = register(805L, 13L);

        reject(deal, USER_REVIEW_DEAL);

        assertThat(deal).isEnded().hasPassedInOrder(USER_REVIEW_DEAL, GATEWAY_REVIEW_JOIN, END_DEAL_REJECTED);
        assertNoJobsLeft(deal);
    }

    @Test
    void won_endsIt_andTheProtectionTimerGoes() {
        ProcessInstance deal = approved(806L, 14L);

        outcome(deal, Outcome.WON, null);

        assertThat(deal).isEnded().hasPassedInOrder(USER_CLOSE_DEAL, GATEWAY_OUTCOME, END_DEAL_WON).hasNotPassed(SERVICE_EXPIRE_DEAL);
        assertNoJobsLeft(deal);
    }

    @Test
    void lost_endsIt() {
        ProcessInstance deal = approved(807L, 14L);

        outcome(deal, Outcome.LOST, null);

        assertThat(deal).isEnded().hasPassedInOrder(USER_CLOSE_DEAL, GATEWAY_OUTCOME, END_DEAL_LOST).hasNotPassed(END_DEAL_WON);
    }

    @Test
    void extended_offersTheOutcomeAgain_withTheProtectionTimerAtTheNewDate() {
        ProcessInstance deal = approved(808L, 15L);

        outcome(deal, Outcome.EXTEND, EXTENDED_UNTIL);

        assertThat(deal).hasPassedInOrder(USER_CLOSE_DEAL, GATEWAY_OUTCOME, GATEWAY_PROTECTION_JOIN).isWaitingAt(USER_CLOSE_DEAL);
        assertThat(job(TIMER_PROTECTION_ENDED, deal)).hasDueDate(EXTENDED_UNTIL);
        assertThat(taskQuery().processInstanceId(deal.getId()).count()).isEqualTo(1);
        outcome(deal, Outcome.WON, null);
        assertThat(deal).hasPassed(END_DEAL_WON).isEnded();
    }

    @Test
    void protectionEndsUnclosed_expiresIt_andWithdrawsThePartnersTask() {
        ProcessInstance deal = approved(809L, 16L);
        setClock(PROTECTED_UNTIL.toInstant());

        execute(job(TIMER_PROTECTION_ENDED, deal));

        assertThat(deal).isEnded().hasPassedInOrder(USER_CLOSE_DEAL, TIMER_PROTECTION_ENDED, SERVICE_EXPIRE_DEAL, END_DEAL_EXPIRED)
                .hasNotPassed(GATEWAY_OUTCOME);
        assertThat(delegates.expireDeal.calls()).isEqualTo(1);
        assertThat(taskQuery().processInstanceId(deal.getId()).count()).isZero();
    }

    private ProcessInstance register(long dealId, long partnerId) {
        Map<String, Object> variables = new HashMap<>();
        DEAL_ID.put(variables, dealId);
        PARTNER_ID.put(variables, partnerId);
        return start(KEY, dealId, variables);
    }

    private ProcessInstance approved(long dealId, long partnerId) {
        ProcessInstance deal = register(dealId, partnerId);
        approve(deal, USER_REVIEW_DEAL);
        assertThat(deal).isWaitingAt(USER_CLOSE_DEAL);
        return deal;
    }

    /** The handler answers the decision and, for an approval, the moment the protection ends. */
    private static void approve(ProcessInstance deal, String taskKey) {
        complete(task(taskKey, deal), withVariables(REVIEW_DECISION.name(), REVIEW_DECISION.value(ReviewDecision.APPROVE.name()),
                PROTECTION_ENDS_AT.name(), PROTECTED_UNTIL));
    }

    private static void reject(ProcessInstance deal, String taskKey) {
        decide(deal, taskKey, REVIEW_DECISION, ReviewDecision.REJECT);
    }

    private static void outcome(ProcessInstance deal, Outcome outcome, Date newEnd) {
        decide(deal, USER_CLOSE_DEAL, OUTCOME, outcome, PROTECTION_ENDS_AT, newEnd);
    }
}
