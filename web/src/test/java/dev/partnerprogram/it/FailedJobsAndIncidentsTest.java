package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The administrators' operations with a real failed job and a real incident: the grant of a join application fails
 * because the company already holds the status (set behind the process's back), is listed, exhausts its retries into
 * an incident, and succeeds when retried once the cause is gone.
 */
class FailedJobsAndIncidentsTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    @Test
    void aFailingGrant_isListedAsFailedJobThenIncident_onTheApiAndThePage_andARetryCarriesItOn() throws Exception {
        Scenario scenario = new Scenario(api);
        Scenario.Partner partner = scenario.registerCompany("ru");
        long application = scenario.apply(partner);
        Scenario.completeOk(scenario.reviewer(), application, PartnerApplicationProcess.USER_REVIEW_APPLICATION, Map.of("decision", "APPROVE"));
        partner.api().upload("/api/applications/" + application + "/documents", "signed.pdf", Scenario.PDF, Map.of("kind", "AGREEMENT"));
        Scenario.completeOk(partner.api(), application, PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, Map.of());
        Scenario.completeOk(scenario.reviewer(), application, PartnerApplicationProcess.USER_CONFIRM_AGREEMENT, Map.of("decision", "APPROVE"));
        jdbc.update("update partner_company set status = 'AUTHORIZED' where id = ?", partner.partnerId());
        String basic = scenario.course("BASIC", "10000");
        scenario.attend(scenario.enrollOk(partner, basic, scenario.session(basic, 5, 10), "basic"), "PASSED", 90);

        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(PartnerApplicationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(application)).singleResult().getId();
        Job grant = await().atMost(Duration.ofSeconds(30)).until(() -> managementService.createJobQuery()
                .processInstanceId(instance).withException().singleResult(), j -> j != null);

        JsonNode failed = failedJob(scenario, grant.getId());
        assertThat(failed.get("activityId").asText()).isEqualTo(PartnerApplicationProcess.SERVICE_GRANT_STATUS);
        assertThat(failed.get("processInstanceId").asText()).isEqualTo(instance);
        assertThat(failed.get("exceptionMessage").asText()).isNotBlank();
        assertThat(failed.get("retries").asInt()).isPositive();

        // The job runs out of retries as the executor would run it, a minute apart: now an incident.
        while (managementService.createJobQuery().jobId(grant.getId()).singleResult().getRetries() > 0) {
            try {
                managementService.executeJob(grant.getId());
            } catch (RuntimeException expected) {
                // each run fails for the same reason, and the engine counts it down
            }
        }
        JsonNode incidents = scenario.admin().get("/api/admin/incidents?size=100").getBody();
        JsonNode incident = null;
        for (JsonNode i : incidents.get("items")) {
            if (instance.equals(i.get("processInstanceId").asText())) {
                incident = i;
            }
        }
        assertThat(incident).as(incidents.toString()).isNotNull();
        assertThat(incident.get("type").asText()).isEqualTo("failedJob");
        assertThat(incident.get("activityId").asText()).isEqualTo(PartnerApplicationProcess.SERVICE_GRANT_STATUS);
        assertThat(failedJob(scenario, grant.getId()).get("retries").asInt()).isZero();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String page = mvc.perform(get("/admin").param("jobsPage", "0").with(user("it-admin").roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(grant.getId(), PartnerApplicationProcess.SERVICE_GRANT_STATUS);

        jdbc.update("update partner_company set status = 'APPLICANT' where id = ?", partner.partnerId());
        assertThat(scenario.admin().post("/api/admin/jobs/" + grant.getId() + "/retry", null).getStatusCode().value()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                partner.api().get("/api/partners/" + partner.partnerId()).getBody().get("status").asText().equals("AUTHORIZED"));
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
    }

    private static JsonNode failedJob(Scenario scenario, String jobId) {
        var response = scenario.admin().get("/api/admin/jobs/failed?size=100");
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        for (JsonNode job : response.getBody().get("items")) {
            if (jobId.equals(job.get("id").asText())) {
                return job;
            }
        }
        throw new AssertionError("job " + jobId + " not among the failed: " + response.getBody());
    }
}
