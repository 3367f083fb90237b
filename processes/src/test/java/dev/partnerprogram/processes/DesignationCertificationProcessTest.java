package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.DesignationCertificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import dev.partnerprogram.processes.DesignationCertificationProcess.Decision;
import dev.partnerprogram.processes.support.ProcessModelTest;
import dev.partnerprogram.processes.support.ProcessTestDelegates;
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
 * Walks {@code designation-certification}: refused by the rules, by the technical review and by the manager; granted
 * and then expired after the renewal reminder; granted and renewed by a later application; withdrawn by the partner.
 */
@Deployment(resources = DesignationCertificationProcess.RESOURCE)
class DesignationCertificationProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final long PARTNER = 42L;
    private static final String TRAINING_GROUP = "training";
    private static final String PARTNER_MANAGERS = "partner-managers";

    private final ProcessTestDelegates delegates = ProcessTestDelegates.register();

    @Test
    void requirementsNotMet_areRefusedByTheRules_withoutAReview() {
        delegates.requirementsMet(false);

        ProcessInstance application = apply(8001L, TRAINING_GROUP);

        assertThat(application).isEnded().hasPassedInOrder(START, SERVICE_CHECK_DESIGNATION_REQUIREMENTS,
                GATEWAY_REQUIREMENTS_MET, GATEWAY_REFUSE_DESIGNATION_JOIN, SERVICE_REFUSE_DESIGNATION, END_DESIGNATION_REFUSED)
                .hasNotPassed(USER_TECHNICAL_REVIEW);
        assertThat(delegates.refuseDesignation.calls()).isEqualTo(1);
    }

    @Test
    void technicalReviewRefuses_endsRefused() {
        ProcessInstance application = apply(8002L, TRAINING_GROUP);
        assertThat(task(USER_TECHNICAL_REVIEW, application)).hasCandidateGroup(TRAINING_GROUP);

        decide(application, USER_TECHNICAL_REVIEW, Decision.REJECT);

        assertThat(application).isEnded().hasPassedInOrder(USER_TECHNICAL_REVIEW, GATEWAY_TECHNICAL_REVIEW,
                GATEWAY_REFUSE_DESIGNATION_JOIN, SERVICE_REFUSE_DESIGNATION, END_DESIGNATION_REFUSED)
                .hasNotPassed(USER_MANAGER_DECISION);
    }

    @Test
    void managerRefuses_endsRefused() {
        ProcessInstance application = apply(8003L, PARTNER_MANAGERS);
        assertThat(task(USER_TECHNICAL_REVIEW, application)).hasCandidateGroup(PARTNER_MANAGERS);
        decide(application, USER_TECHNICAL_REVIEW, Decision.APPROVE);
        assertThat(task(USER_MANAGER_DECISION, application)).hasCandidateGroup(MANAGERS_GROUP);

        decide(application, USER_MANAGER_DECISION, Decision.REJECT);

        assertThat(application).isEnded().hasPassedInOrder(USER_MANAGER_DECISION, GATEWAY_MANAGER_DECISION,
                GATEWAY_REFUSE_DESIGNATION_JOIN, SERVICE_REFUSE_DESIGNATION, END_DESIGNATION_REFUSED)
                .hasNotPassed(SERVICE_GRANT_DESIGNATION);
        assertThat(delegates.grantDesignation.calls()).isZero();
    }

    @Test
    void granted_remindsBeforeTheEnd_thenExpires() {
        ProcessInstance application = grantedApplication(8004L);
        Instant expires = NOW.plus(ProcessTestDelegates.DESIGNATION_VALIDITY);

        assertThat(application).isWaitingAt(TIMER_RENEWAL_REMINDER).hasPassed(SERVICE_GRANT_DESIGNATION, START_VALIDITY);
        assertThat(job(TIMER_RENEWAL_REMINDER, application))
                .hasDueDate(Date.from(expires.minus(ProcessTestDelegates.RENEWAL_REMINDER_BEFORE)));
        assertThat(jobQuery().timers().executable().count()).isZero();

        execute(job(TIMER_RENEWAL_REMINDER, application));
        assertThat(delegates.remindDesignationRenewal.calls()).isEqualTo(1);
        assertThat(job(TIMER_DESIGNATION_EXPIRED, application)).hasDueDate(Date.from(expires));

        execute(job(TIMER_DESIGNATION_EXPIRED, application));

        assertThat(application).isEnded().hasPassedInOrder(SERVICE_GRANT_DESIGNATION, START_VALIDITY, TIMER_RENEWAL_REMINDER,
                SERVICE_REMIND_DESIGNATION_RENEWAL, TIMER_DESIGNATION_EXPIRED, SERVICE_EXPIRE_DESIGNATION, END_VALIDITY_OVER,
                END_DESIGNATION_EXPIRED).hasNotPassed(CATCH_DESIGNATION_RENEWED);
        assertThat(delegates.expireDesignation.calls()).isEqualTo(1);
    }

    @Test
    void renewedByALaterApplication_endsWithoutExpiring() {
        ProcessInstance first = grantedApplication(8005L);
        execute(job(TIMER_RENEWAL_REMINDER, first));

        runtimeService().createMessageCorrelation(MESSAGE_DESIGNATION_RENEWED)
                .processInstanceBusinessKey(first.getBusinessKey())
                .correlateWithResult();

        assertThat(first).isEnded().hasPassedInOrder(SUBPROCESS_DESIGNATION_VALIDITY, CATCH_DESIGNATION_RENEWED,
                END_DESIGNATION_RENEWED).hasNotPassed(SERVICE_EXPIRE_DESIGNATION);
        assertNoJobsLeft(first);
        assertThat(delegates.expireDesignation.calls()).isZero();
    }

    @Test
    void partnerWithdrawsDuringTheReview_endsWithdrawn() {
        ProcessInstance application = apply(8006L, TRAINING_GROUP);

        correlate(MESSAGE_APPLICATION_WITHDRAWN, application);

        assertThat(application).isEnded().hasPassedInOrder(START_WITHDRAWAL_REQUESTED, SERVICE_WITHDRAW_ON_REQUEST,
                END_WITHDRAWN_ON_REQUEST).hasPassed(SUBPROCESS_WITHDRAWAL).hasNotPassed(GATEWAY_TECHNICAL_REVIEW);
        assertThat(taskQuery().processInstanceId(application.getId()).count()).isZero();
        assertThat(delegates.withdrawApplication.activityIds()).containsExactly(SERVICE_WITHDRAW_ON_REQUEST);
    }

    private ProcessInstance grantedApplication(long id) {
        ProcessInstance application = apply(id, TRAINING_GROUP);
        decide(application, USER_TECHNICAL_REVIEW, Decision.APPROVE);
        decide(application, USER_MANAGER_DECISION, Decision.APPROVE);
        assertThat(delegates.grantDesignation.processInstanceIds()).contains(application.getId());
        return application;
    }

    private ProcessInstance apply(long id, String reviewGroup) {
        Map<String, Object> variables = new HashMap<>();
        APPLICATION_ID.put(variables, id);
        PARTNER_ID.put(variables, PARTNER);
        REVIEW_GROUP.put(variables, reviewGroup);
        return start(KEY, id, variables);
    }

    private static void decide(ProcessInstance application, String taskKey, Decision decision) {
        decide(application, taskKey, DECISION, decision);
    }
}
