package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.CaseStudyProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dev.partnerprogram.processes.CaseStudyProcess.Decision;
import dev.partnerprogram.processes.support.ProcessModelTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Walks {@code case-study}: marketing approves a case study for the directory page or rejects it. */
@Deployment(resources = CaseStudyProcess.RESOURCE)
class CaseStudyProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    @Test
    void marketingReviews_andApproves() {
        ProcessInstance caseStudy = submit(801L);
        assertThat(caseStudy).isWaitingAt(USER_REVIEW_CASE_STUDY);
        assertThat(task(USER_REVIEW_CASE_STUDY, caseStudy)).hasCandidateGroup("marketing");

        decide(caseStudy, USER_REVIEW_CASE_STUDY, DECISION, Decision.APPROVE);

        assertThat(caseStudy).isEnded().hasPassedInOrder(START, USER_REVIEW_CASE_STUDY, GATEWAY_DECISION, END_CASE_STUDY_APPROVED);
    }

    @Test
    void rejected_endsWithoutPublishing() {
        ProcessInstance caseStudy = submit(802L);

        decide(caseStudy, USER_REVIEW_CASE_STUDY, DECISION, Decision.REJECT);

        assertThat(caseStudy).isEnded().hasPassed(END_CASE_STUDY_REJECTED).hasNotPassed(END_CASE_STUDY_APPROVED);
    }

    private ProcessInstance submit(long id) {
        Map<String, Object> variables = new HashMap<>();
        CASE_STUDY_ID.put(variables, id);
        PARTNER_ID.put(variables, 51L);
        return start(KEY, id, variables);
    }
}
