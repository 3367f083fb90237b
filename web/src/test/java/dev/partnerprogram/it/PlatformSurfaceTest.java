package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the application exposes beyond its own API: the OpenAPI document, health, and none of Camunda's own doors. */
class PlatformSurfaceTest extends IntegrationTest {

    @Test
    void openApiDocumentDescribesTheContract() {
        JsonNode doc = api.anonymous().get("/v3/api-docs").getBody();
        assertThat(doc.get("paths").has("/api/applications")).isTrue();
        assertThat(doc.get("paths").has("/api/tasks/{id}/complete")).isTrue();
        assertThat(doc.get("paths").has("/api/registrations")).isTrue();
        assertThat(doc.get("paths").has("/api/directory")).isTrue();
        assertThat(api.anonymous().getBytes("/swagger-ui.html").getStatusCode().is2xxSuccessful()
                || api.anonymous().getBytes("/swagger-ui.html").getStatusCode().is3xxRedirection()).isTrue();
    }

    @Test
    void neitherTheCamundaWebappsNorTheEngineRestApiAreShipped() {
        assertThat(classExists("org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")).isFalse();
        assertThat(classExists("org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration")).isFalse();
        assertThat(classExists("org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl")).isFalse();
        for (String path : new String[] {"/camunda/app/cockpit/", "/engine-rest/engine", "/camunda/api/engine/engine/"}) {
            // The UI's security sends strangers to the login page; nothing Camunda answers behind it either way.
            var response = api.as("it-admin", STAFF_PASSWORD).getBytes(path);
            assertThat(response.getStatusCode().value()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.getBody() == null ? "" : new String(response.getBody())).doesNotContainIgnoringCase("camunda");
        }
    }

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void theEngineIsHardened() {
        assertThat(engine.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(engine.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(engine.getFailedJobRetryTimeCycle()).isEqualTo("R5/PT1M");
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isNotBlank();
        assertThat(engine.isEnforceHistoryTimeToLive()).isTrue();
        assertThat(engine.isEnableXxeProcessing()).isFalse();
        assertThat(users.existsByUsername("admin")).as("no demo users outside the embedded default").isFalse();
    }

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Test
    void everyDeployedProcessHasAHistoryTimeToLiveAndARetryCycleForItsAsyncSteps_andHistoryCleanupIsScheduled() {
        var definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).hasSizeGreaterThanOrEqualTo(9);
        for (var definition : definitions) {
            assertThat(definition.getHistoryTimeToLive()).as("historyTimeToLive of " + definition.getKey()).isNotNull().isPositive();
            for (var activity : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowNode.class)) {
                // An event-based gateway cannot be asynchronous after (the model API refuses to answer).
                if (activity.isCamundaAsyncBefore() || !(activity instanceof EventBasedGateway) && activity.isCamundaAsyncAfter()) {
                    boolean ownCycle = activity.getExtensionElements() != null && !activity.getExtensionElements()
                            .getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().isEmpty();
                    assertThat(ownCycle || engine.getFailedJobRetryTimeCycle() != null)
                            .as("retry cycle of " + definition.getKey() + "/" + activity.getId()).isTrue();
                }
            }
        }
        assertThat(history.findHistoryCleanupJobs()).as("the history cleanup job").isNotEmpty();
    }

    @Test
    void healthIsPublic_butMetricsNeedAnAdministrator() {
        assertThat(api.anonymous().get("/actuator/health").getBody().get("status").asText()).isEqualTo("UP");
        assertThat(api.anonymous().getBytes("/actuator/prometheus").getStatusCode().value()).isNotEqualTo(200);
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
