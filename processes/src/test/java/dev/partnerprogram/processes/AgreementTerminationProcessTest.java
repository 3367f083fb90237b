package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.AgreementTerminationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dev.partnerprogram.processes.AgreementTerminationProcess.TerminationDecision;
import dev.partnerprogram.processes.support.ProcessModelTest;
import dev.partnerprogram.processes.support.TerminationTestDelegates;
import java.time.Duration;
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
 * Walks {@code agreement-termination}: a manager's request waits for a second manager; an approval waits for the
 * effective date and then terminates the agreement; a rejection ends the request and terminates nothing.
 */
@Deployment(resources = AgreementTerminationProcess.RESOURCE)
class AgreementTerminationProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final Instant EFFECTIVE = NOW.plus(Duration.ofDays(14));

    private final TerminationTestDelegates delegates = TerminationTestDelegates.register();

    @Test
    void requested_waitsForASecondManager() {
        ProcessInstance termination = request(801L, EFFECTIVE);

        assertThat(termination).hasPassed(START).isWaitingAt(USER_APPROVE_TERMINATION);
        assertThat(task(USER_APPROVE_TERMINATION, termination)).hasCandidateGroup("managers");
        assertThat(delegates.terminateAgreement.calls()).isZero();
    }

    @Test
    void approved_waitsForTheEffectiveDate_thenTerminatesTheAgreement() {
        ProcessInstance termination = request(802L, EFFECTIVE);

        decide(termination, USER_APPROVE_TERMINATION, TERMINATION_DECISION, TerminationDecision.APPROVE);

        assertThat(termination).hasPassedInOrder(USER_APPROVE_TERMINATION, GATEWAY_TERMINATION_DECISION).isWaitingAt(TIMER_EFFECTIVE_DATE);
        assertThat(job(TIMER_EFFECTIVE_DATE, termination)).hasDueDate(Date.from(EFFECTIVE));
        assertThat(delegates.terminateAgreement.calls()).as("nothing happens before the date").isZero();

        setClock(EFFECTIVE);
        execute(job(TIMER_EFFECTIVE_DATE, termination));

        assertThat(termination).isEnded().hasPassedInOrder(TIMER_EFFECTIVE_DATE, SERVICE_TERMINATE_AGREEMENT, END_AGREEMENT_TERMINATED)
                .hasNotPassed(END_TERMINATION_REJECTED);
        assertThat(delegates.terminateAgreement.calls()).isEqualTo(1);
    }

    @Test
    void approvedAfterTheEffectiveDate_terminatesAtOnce() {
        ProcessInstance termination = request(803L, NOW);
        setClock(NOW.plus(Duration.ofDays(2)));

        decide(termination, USER_APPROVE_TERMINATION, TERMINATION_DECISION, TerminationDecision.APPROVE);
        assertThat(jobQuery().processInstanceId(termination.getId()).executable().count()).as("the timer is due").isEqualTo(1);
        execute(job(TIMER_EFFECTIVE_DATE, termination));

        assertThat(termination).isEnded().hasPassed(SERVICE_TERMINATE_AGREEMENT);
    }

    @Test
    void rejected_endsTheRequest_andTerminatesNothing() {
        ProcessInstance termination = request(804L, EFFECTIVE);

        decide(termination, USER_APPROVE_TERMINATION, TERMINATION_DECISION, TerminationDecision.REJECT);

        assertThat(termination).isEnded().hasPassedInOrder(USER_APPROVE_TERMINATION, GATEWAY_TERMINATION_DECISION, END_TERMINATION_REJECTED)
                .hasNotPassed(TIMER_EFFECTIVE_DATE, SERVICE_TERMINATE_AGREEMENT);
        assertThat(delegates.terminateAgreement.calls()).isZero();
    }

    private static ProcessInstance request(long partnerId, Instant effective) {
        Map<String, Object> variables = new HashMap<>();
        PARTNER_ID.put(variables, partnerId);
        EFFECTIVE_AT.put(variables, Date.from(effective));
        return start(KEY, partnerId, variables);
    }
}
