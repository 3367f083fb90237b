package dev.partnerprogram.processes;

import static dev.partnerprogram.processes.FreeTrainingSeatsProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

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

/** The free seats of a partner year lapse by the model's timer at the end of the year, not by a job in code. */
@Deployment(resources = FreeTrainingSeatsProcess.RESOURCE)
class FreeTrainingSeatsProcessTest extends ProcessModelTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = coverage();

    private static final Instant YEAR_END = Instant.parse("2031-06-02T21:00:00Z");

    private final ProcessTestDelegates delegates = ProcessTestDelegates.register();

    @Test
    void seatsWaitForTheEndOfThePartnerYear_thenLapse() {
        Map<String, Object> variables = new HashMap<>();
        QUOTA_ID.put(variables, 11L);
        PARTNER_ID.put(variables, 42L);
        SEATS_EXPIRE_AT.put(variables, Date.from(YEAR_END));
        ProcessInstance seats = start(KEY, 11L, variables);

        assertThat(seats).isWaitingAt(TIMER_PARTNER_YEAR_ENDED);
        assertThat(job(TIMER_PARTNER_YEAR_ENDED, seats)).hasDueDate(Date.from(YEAR_END));
        assertThat(jobQuery().timers().executable().count()).isZero();
        assertThat(delegates.expireFreeSeats.calls()).isZero();

        setClock(YEAR_END);
        assertThat(jobQuery().timers().executable().count()).isEqualTo(1);
        execute(job(TIMER_PARTNER_YEAR_ENDED, seats));

        assertThat(seats).isEnded().hasPassedInOrder(START, TIMER_PARTNER_YEAR_ENDED, SERVICE_EXPIRE_FREE_SEATS,
                END_FREE_SEATS_EXPIRED);
        assertThat(delegates.expireFreeSeats.processInstanceIds()).containsExactly(seats.getId());
    }
}
