package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.PartnerRequestProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dev.partnerprogram.processes.PartnerRequestProcess.Answer;
import dev.partnerprogram.processes.support.PartnerRequestTestDelegates;
import dev.partnerprogram.processes.support.ProcessModelTest;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks {@code partner-request}: routed to the group the routing table names, due at its deadline; a group that decides
 * does it or declines it, a group that only delivers (the materials a tier includes) sends them.
 */
@Deployment(resources = PartnerRequestProcess.RESOURCE)
class PartnerRequestProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    @Test
    void routed_toTheTablesGroup_dueAtItsDeadline() {
        PartnerRequestTestDelegates delegates = PartnerRequestTestDelegates.register("partner-managers", true);

        ProcessInstance request = submit(701L);

        assertThat(request).hasPassedInOrder(START, SERVICE_ROUTE_REQUEST, GATEWAY_DECISION_NEEDED).isWaitingAt(USER_ANSWER_REQUEST);
        assertThat(task(USER_ANSWER_REQUEST, request)).hasCandidateGroup("partner-managers")
                .hasDueDate(Date.from(NOW.plus(PartnerRequestTestDelegates.ANSWER_TIME)));
        assertThat(delegates.routeRequest.calls()).isEqualTo(1);
    }

    @Test
    void done_endsTheRequestDone() {
        PartnerRequestTestDelegates.register("training", true);
        ProcessInstance request = submit(702L);

        decide(request, USER_ANSWER_REQUEST, ANSWER, Answer.APPROVE);

        assertThat(request).isEnded().hasPassedInOrder(USER_ANSWER_REQUEST, GATEWAY_ANSWER, END_REQUEST_DONE)
                .hasNotPassed(END_REQUEST_DECLINED, USER_DELIVER_MATERIALS);
    }

    @Test
    void declined_endsTheRequestDeclined() {
        PartnerRequestTestDelegates.register("marketing", true);
        ProcessInstance request = submit(703L);

        decide(request, USER_ANSWER_REQUEST, ANSWER, Answer.REJECT);

        assertThat(request).isEnded().hasPassed(END_REQUEST_DECLINED).hasNotPassed(END_REQUEST_DONE);
    }

    @Test
    void materialsTheTierIncludes_areOnlySent_byTheGroup() {
        PartnerRequestTestDelegates.register("marketing", false);
        ProcessInstance request = submit(704L);

        assertThat(request).isWaitingAt(USER_DELIVER_MATERIALS).hasNotPassed(USER_ANSWER_REQUEST);
        assertThat(task(USER_DELIVER_MATERIALS, request)).hasCandidateGroup("marketing")
                .hasDueDate(Date.from(NOW.plus(PartnerRequestTestDelegates.ANSWER_TIME)));
        complete(task(USER_DELIVER_MATERIALS, request));

        assertThat(request).isEnded().hasPassedInOrder(GATEWAY_DECISION_NEEDED, USER_DELIVER_MATERIALS, END_MATERIALS_DELIVERED);
    }

    private ProcessInstance submit(long requestId) {
        Map<String, Object> variables = new HashMap<>();
        REQUEST_ID.put(variables, requestId);
        PARTNER_ID.put(variables, 41L);
        return start(KEY, requestId, variables);
    }
}
