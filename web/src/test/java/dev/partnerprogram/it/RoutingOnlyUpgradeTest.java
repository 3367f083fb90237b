package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVIEW_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V89__routing_only_variables;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An application started before its decision became routing-only holds the decision stored (a rework stored it): the
 * engine then refuses the transient decision of the next review, and V89 drops the stored copy so the review completes.
 */
class RoutingOnlyUpgradeTest extends IntegrationTest {
    @Autowired
    DataSource dataSource;

    @Test
    void aStoredCopyFromBeforeTheUpgrade_blocksTheReview_untilTheMigrationDropsIt() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("ru");
        long applicationId = scenario.apply(partner);
        ProcessInstance application = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(PartnerApplicationProcess.KEY).processInstanceBusinessKey(Long.toString(applicationId))
                .singleResult();
        runtimeService.setVariable(application.getId(), PartnerApplicationProcess.DECISION.name(), "REWORK");
        String taskId = Scenario.task(scenario.reviewer(), applicationId, USER_REVIEW_APPLICATION).get("id").asText();

        assertThat(Scenario.complete(scenario.reviewer(), taskId, Map.of("decision", "APPROVE")).getStatusCode().is2xxSuccessful())
                .as("the engine refuses a transient value over a stored one").isFalse();

        runtimeService.setVariable(application.getId(), "unrelated", "kept");
        migrate();

        assertThat(runtimeService.getVariable(application.getId(), PartnerApplicationProcess.DECISION.name())).isNull();
        assertThat(runtimeService.getVariable(application.getId(), "unrelated")).isEqualTo("kept");
        assertThat(Scenario.complete(scenario.reviewer(), taskId, Map.of("decision", "APPROVE")).getStatusCode().is2xxSuccessful())
                .isTrue();
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new V89__routing_only_variables().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }
}
