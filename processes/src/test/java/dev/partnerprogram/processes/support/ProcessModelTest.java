package dev.partnerprogram.processes.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.partnerprogram.processes.ProcessVariable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The frame of a process-model test: Camunda's assertions bound to the test class's engine, the engine's clock set to
 * the class's starting moment ({@link #NOW} by default) before each test, and the stand-in delegates and the clock
 * reset after it.
 * <p>
 * A subclass registers its own {@link #coverage()} extension, so that each model's coverage is judged by its own test
 * class, and its delegates in a field initializer: JUnit makes a new test instance for each test.
 */
public abstract class ProcessModelTest {

    /** The share of a model's flow nodes and sequence flows that its test class must walk. */
    public static final double MIN_CLASS_COVERAGE = 0.9;

    /** When a test starts, unless its class says otherwise: in June, so no daylight-saving switch moves a due date. */
    protected static final Instant NOW = Instant.parse("2030-06-03T08:00:00Z");

    private final Instant start;

    protected ProcessModelTest() {
        this(NOW);
    }

    protected ProcessModelTest(Instant start) {
        this.start = start;
    }

    /** The engine of {@code camunda.cfg.xml}, recording which elements each test walks, with the class's gate. */
    protected static ProcessEngineCoverageExtension coverage() {
        return ProcessEngineCoverageExtension.builder().assertClassCoverageAtLeast(MIN_CLASS_COVERAGE).build();
    }

    @BeforeEach
    protected void bindEngineAndSetClock(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
        setClock(start);
    }

    @AfterEach
    protected void resetDelegatesAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    /** Moves the engine's clock, which due dates and the executable-timer queries read. */
    protected static void setClock(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    /** Starts the model under the business key (the subject's id) and checks that it started. */
    protected static ProcessInstance start(String key, long businessKey, Map<String, Object> variables) {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(key, Long.toString(businessKey), variables);
        assertThat(instance).isStarted();
        return instance;
    }

    /**
     * Completes the instance's open task of that key with one variable, as the task's form does: a routing-only
     * variable goes as a transient one.
     */
    protected static <T> void completeWith(ProcessInstance instance, String taskKey, ProcessVariable<T> variable, T value) {
        complete(task(taskKey, instance), withVariables(variable.name(), variable.value(value)));
    }

    /** Completes the task with a decision, which the gateway after it compares by the constant's name. */
    protected static void decide(ProcessInstance instance, String taskKey, ProcessVariable<String> variable, Enum<?> decision) {
        completeWith(instance, taskKey, variable, decision.name());
    }

    /** The same, with the one value more that the task's form sends with some decisions; a null value is not sent. */
    protected static <T> void decide(ProcessInstance instance, String taskKey, ProcessVariable<String> variable, Enum<?> decision,
                                     ProcessVariable<T> with, T value) {
        Map<String, Object> variables = new HashMap<>();
        variable.put(variables, decision.name());
        if (value != null) {
            with.put(variables, value);
        }
        complete(task(taskKey, instance), variables);
    }

    /**
     * Starts the model and runs its first step, which the model makes asynchronous so that a failure there never rolls
     * back what started it.
     */
    protected static ProcessInstance startThrough(String asyncStep, String key, long businessKey, Map<String, Object> variables) {
        ProcessInstance instance = start(key, businessKey, variables);
        assertThat(instance).isWaitingAt(asyncStep);
        execute(job(asyncStep, instance));
        return instance;
    }

    /** No timer or asynchronous step of the instance is left behind. */
    protected static void assertNoJobsLeft(ProcessInstance instance) {
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    /** The instance holds none of these variables in any of its executions: the engine wrote no row for them. */
    protected static void assertNotStored(ProcessInstance instance, ProcessVariable<?>... variables) {
        for (ProcessVariable<?> variable : variables) {
            assertThat(runtimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId())
                    .variableName(variable.name()).count()).as("stored variable '%s'", variable.name()).isZero();
        }
    }

    /** Delivers the message to this instance alone. */
    protected static void correlate(String messageName, ProcessInstance instance) {
        runtimeService().createMessageCorrelation(messageName).processInstanceId(instance.getId()).correlateWithResult();
    }
}
