package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.BasicTrainingRecordProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.partnerprogram.processes.support.ProcessTestDelegates;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stand-in model on its own: training staff record results until one is a pass, and only a pass is reported.
 * How the report reaches a waiting application is covered in {@link PartnerApplicationProcessTest}.
 */
@Deployment(resources = BasicTrainingRecordProcess.RESOURCE)
class BasicTrainingRecordProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final long APPLICATION = 2002L;
    private static final long PARTNER = 77L;
    private static final String TRAINING_GROUP = "training";

    private ProcessTestDelegates delegates;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        delegates = ProcessTestDelegates.register();
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void failedResult_asksForTheResultAgain() {
        ProcessInstance training = startTrainingRecord();
        Task firstAttempt = task(USER_RECORD_BASIC_TRAINING, training);

        complete(firstAttempt, withVariables(TRAINING_PASSED.name(), false));

        assertThat(training).isWaitingAt(USER_RECORD_BASIC_TRAINING)
                .hasPassedInOrder(USER_RECORD_BASIC_TRAINING, GATEWAY_TRAINING_RESULT)
                .hasNotPassed(SERVICE_REPORT_BASIC_TRAINING_PASSED);
        Task retake = task(USER_RECORD_BASIC_TRAINING, training);
        assertThat(retake.getId()).isNotEqualTo(firstAttempt.getId());
        assertThat(retake).hasCandidateGroup(TRAINING_GROUP);
        assertThat(delegates.reportBasicTrainingPassed.calls()).isZero();
    }

    @Test
    void passedResult_isReportedAndEnds() {
        ProcessInstance training = startTrainingRecord();
        assertThat(task(USER_RECORD_BASIC_TRAINING, training)).hasCandidateGroup(TRAINING_GROUP);

        complete(task(USER_RECORD_BASIC_TRAINING, training), withVariables(TRAINING_PASSED.name(), true));

        assertThat(training).isEnded().hasPassedInOrder(
                START, USER_RECORD_BASIC_TRAINING, GATEWAY_TRAINING_RESULT,
                SERVICE_REPORT_BASIC_TRAINING_PASSED, END_BASIC_TRAINING_PASSED);
        assertThat(delegates.reportBasicTrainingPassed.processInstanceIds()).containsExactly(training.getId());
    }

    @Test
    void failedThenPassed_isReportedOnce() {
        ProcessInstance training = startTrainingRecord();

        complete(task(USER_RECORD_BASIC_TRAINING, training), withVariables(TRAINING_PASSED.name(), false));
        complete(task(USER_RECORD_BASIC_TRAINING, training), withVariables(TRAINING_PASSED.name(), true));

        assertThat(training).isEnded().hasPassed(END_BASIC_TRAINING_PASSED);
        assertThat(delegates.reportBasicTrainingPassed.calls()).isEqualTo(1);
    }

    private ProcessInstance startTrainingRecord() {
        Map<String, Object> variables = new HashMap<>();
        APPLICATION_ID.put(variables, APPLICATION);
        PARTNER_ID.put(variables, PARTNER);
        ProcessInstance training = runtimeService()
                .startProcessInstanceByKey(KEY, Long.toString(APPLICATION), variables);
        assertThat(training).isStarted().isWaitingAt(USER_RECORD_BASIC_TRAINING);
        return training;
    }
}
