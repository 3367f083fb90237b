package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.PartnerAgreementProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import dev.partnerprogram.processes.PartnerAgreementProcess.RenewalDecision;
import dev.partnerprogram.processes.support.AgreementTestDelegates;
import dev.partnerprogram.processes.support.ProcessModelTest;
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
 * Walks {@code partner-agreement}: a term waits for its renewal to open; the first reminder opens the partner's upload,
 * the second comes while it is open; a reviewer confirms the renewal (the next term starts) or returns it (the partner
 * uploads again); a term that ends unrenewed suspends the partner, who may still renew within the grace period and is
 * then reinstated by the same confirmation; after the grace period the agreement lapses and the process ends.
 */
@Deployment(resources = PartnerAgreementProcess.RESOURCE)
class PartnerAgreementProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private final AgreementTestDelegates delegates = AgreementTestDelegates.register();

    @Test
    void signed_schedulesTheTerm_andWaitsForTheRenewalToOpen() {
        ProcessInstance agreement = start(701L);

        assertThat(agreement).hasPassedInOrder(START, GATEWAY_TERM_JOIN, SERVICE_SCHEDULE_TERM).isWaitingAt(TIMER_RENEWAL_OPENS);
        assertThat(job(TIMER_RENEWAL_OPENS, agreement)).hasDueDate(Date.from(delegates.termEnd().minus(AgreementTestDelegates.FIRST_REMINDER)));
        assertThat(taskQuery().processInstanceId(agreement.getId()).count()).isZero();
    }

    @Test
    void renewalOpens_remindsThePartner_andOffersItTheUpload_untilTheTermsEnd() {
        ProcessInstance agreement = renewalOpen(702L);

        assertThat(agreement).hasPassedInOrder(TIMER_RENEWAL_OPENS, SERVICE_REMIND_FIRST, START_RENEWAL, GATEWAY_UPLOAD_JOIN)
                .isWaitingAt(USER_UPLOAD_RENEWAL);
        assertThat(task(USER_UPLOAD_RENEWAL, agreement)).hasCandidateGroup("partner-702");
        assertThat(delegates.remindRenewal.activityIds()).containsExactly(SERVICE_REMIND_FIRST);
        assertThat(job(TIMER_SECOND_REMINDER, agreement)).hasDueDate(Date.from(delegates.termEnd().minus(AgreementTestDelegates.SECOND_REMINDER)));
        assertThat(job(TIMER_TERM_ENDED, agreement)).hasDueDate(Date.from(delegates.termEnd()));
        assertThat(job(TIMER_GRACE_ENDED, agreement)).hasDueDate(Date.from(delegates.termEnd().plus(AgreementTestDelegates.GRACE)));
    }

    @Test
    void secondReminder_remindsAgain_andLeavesTheUploadOpen() {
        ProcessInstance agreement = renewalOpen(703L);

        execute(job(TIMER_SECOND_REMINDER, agreement));

        assertThat(agreement).hasPassedInOrder(TIMER_SECOND_REMINDER, SERVICE_REMIND_SECOND, END_SECOND_REMINDER_SENT)
                .isWaitingAt(USER_UPLOAD_RENEWAL);
        assertThat(delegates.remindRenewal.activityIds()).containsExactly(SERVICE_REMIND_FIRST, SERVICE_REMIND_SECOND);
        assertThat(delegates.suspendPartner.calls()).isZero();
    }

    @Test
    void renewalConfirmed_startsTheNextTerm_andCancelsTheOldTermsTimers() {
        ProcessInstance agreement = renewalOpen(704L);
        Instant firstEnd = delegates.termEnd();
        upload(agreement);
        assertThat(task(USER_CONFIRM_RENEWAL, agreement)).hasCandidateGroup("partner-managers");

        decide(agreement, RenewalDecision.APPROVE);
        execute(job(SERVICE_SCHEDULE_TERM, agreement));

        assertThat(agreement).hasPassedInOrder(USER_UPLOAD_RENEWAL, USER_CONFIRM_RENEWAL, GATEWAY_RENEWAL_DECISION,
                SERVICE_CONFIRM_RENEWAL, END_RENEWED, GATEWAY_TERM_JOIN, SERVICE_SCHEDULE_TERM).isWaitingAt(TIMER_RENEWAL_OPENS)
                .isNotEnded();
        assertThat(delegates.confirmRenewal.calls()).isEqualTo(1);
        assertThat(delegates.termEnd()).isEqualTo(firstEnd.plus(AgreementTestDelegates.TERM));
        assertThat(jobQuery().processInstanceId(agreement.getId()).count()).as("only the next term's renewal timer").isEqualTo(1);
        assertThat(delegates.suspendPartner.calls()).isZero();
    }

    @Test
    void renewalReturned_thePartnerUploadsAgain() {
        ProcessInstance agreement = renewalOpen(705L);
        upload(agreement);

        decide(agreement, RenewalDecision.REWORK);

        assertThat(agreement).hasPassedInOrder(USER_CONFIRM_RENEWAL, GATEWAY_RENEWAL_DECISION, SERVICE_RETURN_RENEWAL,
                GATEWAY_UPLOAD_JOIN).isWaitingAt(USER_UPLOAD_RENEWAL).hasNotPassed(SERVICE_CONFIRM_RENEWAL);
        assertThat(delegates.returnRenewal.calls()).isEqualTo(1);
        upload(agreement);
        decide(agreement, RenewalDecision.APPROVE);
        assertThat(agreement).hasPassed(END_RENEWED);
    }

    @Test
    void termEndsUnrenewed_suspendsThePartner_whoMayStillRenew() {
        ProcessInstance agreement = suspended(706L);

        assertThat(agreement).hasPassedInOrder(TIMER_TERM_ENDED, SERVICE_SUSPEND_PARTNER, END_PARTNER_SUSPENDED)
                .isWaitingAt(USER_UPLOAD_RENEWAL);
        assertThat(delegates.suspendPartner.calls()).isEqualTo(1);
        assertThat(job(TIMER_GRACE_ENDED, agreement)).isNotNull();
    }

    @Test
    void suspended_renewalWithinTheGracePeriod_reinstatesThroughTheSameConfirmation() {
        ProcessInstance agreement = suspended(707L);

        upload(agreement);
        decide(agreement, RenewalDecision.APPROVE);
        execute(job(SERVICE_SCHEDULE_TERM, agreement));

        assertThat(agreement).hasPassedInOrder(SERVICE_SUSPEND_PARTNER, SERVICE_CONFIRM_RENEWAL, END_RENEWED, SERVICE_SCHEDULE_TERM)
                .isWaitingAt(TIMER_RENEWAL_OPENS).hasNotPassed(SERVICE_LAPSE_AGREEMENT);
        assertThat(delegates.confirmRenewal.calls()).isEqualTo(1);
    }

    @Test
    void graceEnds_theAgreementLapses_andTheProcessEnds() {
        ProcessInstance agreement = suspended(708L);
        upload(agreement);

        execute(job(TIMER_GRACE_ENDED, agreement));

        assertThat(agreement).isEnded().hasPassedInOrder(SERVICE_SUSPEND_PARTNER, TIMER_GRACE_ENDED, SERVICE_LAPSE_AGREEMENT,
                END_AGREEMENT_LAPSED).hasNotPassed(SERVICE_CONFIRM_RENEWAL);
        assertThat(taskQuery().processInstanceId(agreement.getId()).count()).as("the reviewer's task is withdrawn").isZero();
        assertThat(delegates.lapseAgreement.calls()).isEqualTo(1);
    }

    @Test
    void terminatedByTheVendor_endsTheAgreementWhereverItWaits() {
        ProcessInstance waiting = start(709L);
        ProcessInstance renewing = renewalOpen(710L);

        correlate(MESSAGE_AGREEMENT_TERMINATED, waiting);
        correlate(MESSAGE_AGREEMENT_TERMINATED, renewing);

        assertThat(waiting).isEnded().hasPassedInOrder(START_TERMINATED, END_TERMINATED).hasNotPassed(SERVICE_REMIND_FIRST);
        assertThat(renewing).isEnded().hasPassedInOrder(START_TERMINATED, END_TERMINATED).hasNotPassed(SERVICE_SUSPEND_PARTNER);
        assertThat(taskQuery().processInstanceId(renewing.getId()).count()).as("the partner's upload is withdrawn").isZero();
        assertThat(jobQuery().processInstanceId(renewing.getId()).count()).as("no reminder or suspension follows").isZero();
        assertThat(delegates.lapseAgreement.calls()).isZero();
    }

    private ProcessInstance start(long partnerId) {
        Map<String, Object> variables = new HashMap<>();
        PARTNER_ID.put(variables, partnerId);
        return startThrough(SERVICE_SCHEDULE_TERM, KEY, partnerId, variables);
    }

    private ProcessInstance renewalOpen(long partnerId) {
        ProcessInstance agreement = start(partnerId);
        setClock(delegates.termEnd().minus(AgreementTestDelegates.FIRST_REMINDER));
        execute(job(TIMER_RENEWAL_OPENS, agreement));
        return agreement;
    }

    private ProcessInstance suspended(long partnerId) {
        ProcessInstance agreement = renewalOpen(partnerId);
        execute(job(TIMER_SECOND_REMINDER, agreement));
        setClock(delegates.termEnd());
        execute(job(TIMER_TERM_ENDED, agreement));
        return agreement;
    }

    private static void upload(ProcessInstance agreement) {
        complete(task(USER_UPLOAD_RENEWAL, agreement));
    }

    private static void decide(ProcessInstance agreement, RenewalDecision decision) {
        decide(agreement, USER_CONFIRM_RENEWAL, RENEWAL_DECISION, decision);
    }
}
