package dev.partnerprogram.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.TimeMachine;
import java.sql.Connection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's added indexes exist, and acquisition by due date never leaves a job without one behind. */
class EngineIndexesPluginTest extends IntegrationTest {

    @Autowired
    ProcessEngineConfiguration engine;

    @Test
    void theIndexesAreThere() {
        List<String> names = EngineIndexesPlugin.INDEXES.stream().map(ddl -> ddl.split(" ")[5]).toList();
        List<String> present = jdbc.queryForList("select indexname from pg_indexes where indexname like 'pp\\_%'", String.class);
        assertThat(present).containsAll(names);
    }

    @Test
    void jobsAreAcquiredByDueDate_andEveryJobHasOne() {
        assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(engine.isEnsureJobDueDateNotNull()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job where duedate_ is null", Long.class)).isZero();
    }

    @Test
    void aJobWithoutDueDate_isDueNowAfterStart() throws Exception {
        TimeMachine time = new TimeMachine(simulatedClock, runtimeService, managementService).withAgreement();
        Scenario.Partner partner = scenario.authorizedPartner();
        time.awaitAgreementScheduled(partner.partnerId());
        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(PartnerAgreementProcess.KEY)
                .processInstanceBusinessKey(Long.toString(partner.partnerId())).singleResult().getId();
        Job job = managementService.createJobQuery().processInstanceId(instance).list().get(0);
        jdbc.update("update act_ru_job set duedate_ = null where id_ = ?", job.getId());

        try (Connection connection = jdbc.getDataSource().getConnection()) {
            EngineIndexesPlugin.apply(connection);
        }

        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getDuedate())
                .as("as if made before due dates were set: due now, so acquisition by due date finds it").isNotNull()
                .isBeforeOrEqualTo(new Date());
    }
}
