package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVIEW_APPLICATION;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVISE_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partner never sees or touches another partner's objects, and nothing is open without signing in. */
class AccessControlTest extends IntegrationTest {

    private Scenario.Partner first;
    private Scenario.Partner second;
    private long firstApplication;
    private long firstDocument;

    @BeforeEach
    void twoCompanies() {
        first = scenario.registerCompany("ru");
        second = scenario.registerCompany("en");
        firstApplication = scenario.apply(first);
        firstDocument = first.api().upload("/api/applications/" + firstApplication + "/documents", "plan.pdf", Scenario.PDF, Map.of())
                .getBody().get("documentId").asLong();
    }

    @Test
    void anotherPartner_getsNotFoundForApplicationDocumentsAndPartnerData() {
        assertThat(second.api().get("/api/applications/" + firstApplication).getStatusCode().value()).isEqualTo(404);
        assertThat(second.api().getBytes("/api/applications/" + firstApplication + "/documents/" + firstDocument)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(second.api().upload("/api/applications/" + firstApplication + "/documents", "x.pdf", Scenario.PDF, Map.of())
                .getStatusCode().value()).isEqualTo(404);
        assertThat(second.api().post("/api/applications/" + firstApplication + "/withdraw", null).getStatusCode().value()).isEqualTo(404);
        assertThat(second.api().get("/api/partners/" + first.partnerId()).getStatusCode().value()).isEqualTo(404);
        assertThat(second.api().get("/api/partners/" + first.partnerId() + "/benefits").getStatusCode().value()).isEqualTo(404);
        assertThat(second.api().get("/api/applications").getBody().get("items").toString())
                .doesNotContain("\"id\":" + firstApplication + ",");
        assertThat(first.api().get("/api/applications/" + firstApplication).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anotherPartner_cannotSeeOrCompleteTheFirstPartnersTask() {
        Scenario.completeOk(scenario.reviewer(), firstApplication, USER_REVIEW_APPLICATION,
                Map.of("decision", "REWORK", "comment", "Добавьте описание"));
        String partnerTask = Scenario.task(first.api(), firstApplication, USER_REVISE_APPLICATION).get("id").asText();

        assertThat(second.api().get("/api/tasks").getBody().get("total").asLong()).isZero();
        assertThat(second.api().get("/api/tasks/" + partnerTask).getStatusCode().value()).isEqualTo(404);
        assertThat(Scenario.complete(second.api(), partnerTask, Map.of("comment", "чужая")).getStatusCode().value()).isEqualTo(404);
        assertThat(first.api().get("/api/tasks/" + partnerTask).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void partner_cannotCompleteOrClaimAReviewersTask() {
        String reviewTask = Scenario.task(scenario.reviewer(), firstApplication, USER_REVIEW_APPLICATION).get("id").asText();

        assertThat(Scenario.complete(first.api(), reviewTask, Map.of("decision", "APPROVE")).getStatusCode().value()).isEqualTo(404);
        assertThat(first.api().post("/api/tasks/" + reviewTask + "/claim", null).getStatusCode().value()).isEqualTo(403);
        assertThat(first.api().get("/api/applications/" + firstApplication).getBody().get("state").asText()).isEqualTo("IN_REVIEW");
    }

    @Test
    void unauthenticatedCalls_get401AsProblemJson() {
        for (String path : new String[] {"/api/applications", "/api/tasks", "/api/me", "/api/partners/" + first.partnerId()}) {
            var response = api.anonymous().get(path);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        }
        assertThat(api.as(first.email(), "wrong-password").get("/api/me").getStatusCode().value()).isEqualTo(401);
        assertThat(api.anonymous().get("/api/directory").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void rolesGuardAdministrationAndTheReviewerInbox() {
        assertThat(first.api().get("/api/admin/outbox").getStatusCode().value()).isEqualTo(403);
        assertThat(scenario.reviewer().get("/api/admin/outbox").getStatusCode().value()).isEqualTo(403);
        assertThat(scenario.admin().get("/api/admin/outbox").getStatusCode().value()).isEqualTo(200);
        assertThat(scenario.admin().get("/api/admin/incidents").getStatusCode().value()).isEqualTo(200);
        assertThat(scenario.reviewer().post("/api/applications", Scenario.applicationBody("x@y.example")).getStatusCode().value())
                .isEqualTo(403);
    }
}
