package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.FreeTrainingSeatsProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import dev.partnerprogram.processes.support.ProcessTestDelegates;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The free seats of a partner year lapse by the model's timer at the end of the year, not by a job in code. */
@Deployment(resources = FreeTrainingSeatsProcess.RESOURCE)
class FreeTrainingSeatsProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(0.9)
            .build();

    private static final Instant NOW = Instant.parse("2030-06-03T08:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2031-06-02T21:00:00Z");

    private ProcessTestDelegates delegates;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(NOW));
        delegates = ProcessTestDelegates.register();
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void seatsWaitForTheEndOfThePartnerYear_thenLapse() {
        Map<String, Object> variables = new HashMap<>();
        QUOTA_ID.put(variables, 11L);
        PARTNER_ID.put(variables, 42L);
        SEATS_EXPIRE_AT.put(variables, Date.from(YEAR_END));
        ProcessInstance seats = runtimeService().startProcessInstanceByKey(KEY, "11", variables);

        assertThat(seats).isWaitingAt(TIMER_PARTNER_YEAR_ENDED);
        assertThat(job(TIMER_PARTNER_YEAR_ENDED, seats)).hasDueDate(Date.from(YEAR_END));
        assertThat(jobQuery().timers().executable().count()).isZero();
        assertThat(delegates.expireFreeSeats.calls()).isZero();

        ClockUtil.setCurrentTime(Date.from(YEAR_END));
        assertThat(jobQuery().timers().executable().count()).isEqualTo(1);
        execute(job(TIMER_PARTNER_YEAR_ENDED, seats));

        assertThat(seats).isEnded().hasPassedInOrder(START, TIMER_PARTNER_YEAR_ENDED, SERVICE_EXPIRE_FREE_SEATS,
                END_FREE_SEATS_EXPIRED);
        assertThat(delegates.expireFreeSeats.processInstanceIds()).containsExactly(seats.getId());
    }
}
