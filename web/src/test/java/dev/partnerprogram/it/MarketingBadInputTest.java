package dev.partnerprogram.it;

import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_REVIEW_COMPENSATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.MarketingScenario.Budget;
import dev.partnerprogram.support.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input and other partners' data: clear errors, nothing half-saved, the ledger untouched. */
class MarketingBadInputTest extends MarketingIntegrationTest {

    private Scenario.Partner partner;
    private Budget budget;

    @BeforeEach
    void setUp() {
        partner = marketing.authorizedPartner();
        budget = marketing.budget("500000.00");
    }

    @Test
    void badPreApprovals_areRefusedFieldByField_andNothingIsStored() {
        var today = MarketingScenario.today();
        Map<String, Object> body = MarketingScenario.request(budget.region(), today.plusDays(5), today.plusDays(2), "0");
        body.put("requestedAmount", "-5");
        body.put("title", "");
        var bad = partner.api().post("/api/compensations", body);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(bad.getBody())).contains("title", "plannedEnd", "plannedBudget", "requestedAmount");

        Map<String, Object> aboveShare = MarketingScenario.request(budget.region(), today, today, "100000.00");
        aboveShare.put("requestedAmount", "50000.01");
        var tooMuch = partner.api().post("/api/compensations", aboveShare);
        assertThat(tooMuch.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(tooMuch.getBody())).containsExactly("requestedAmount");
        assertThat(tooMuch.getBody().get("errors").get(0).get("message").asText()).contains("50%", "50000.00");

        Map<String, Object> kopecks = MarketingScenario.request(budget.region(), today, today, "100.001");
        assertThat(fields(partner.api().post("/api/compensations", kopecks).getBody())).containsExactly("plannedBudget");
        var noBudget = partner.api().post("/api/compensations", MarketingScenario.request("Нигдеград", today, today, "1000.00"));
        assertThat(fields(noBudget.getBody())).containsExactly("region");
        var past = partner.api().post("/api/compensations",
                MarketingScenario.request(budget.region(), today.minusDays(1), today, "1000.00"));
        assertThat(fields(past.getBody())).containsExactly("plannedStart");
        assertThat(partner.api().postRaw("/api/compensations", "{\"kind\": \"CIRCUS\"}").getStatusCode().value()).isEqualTo(400);

        assertThat(partner.api().get("/api/compensations").getBody().get("total").asLong()).isZero();
        assertThat(marketing.ledgerEntries(budget.id())).isEqualTo(1);
    }

    @Test
    void badClaims_areRefused_duplicateIsAConflict_andTheLedgerStaysAsItWas() {
        long id = marketing.approvedToday(partner, budget, "100000.00");
        long entries = marketing.ledgerEntries(budget.id());
        String path = "/api/compensations/" + id + "/claim";

        var noDocuments = partner.api().post(path, MarketingScenario.claim("Зал", "1000.00"));
        assertThat(noDocuments.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(noDocuments.getBody())).containsExactly("documents");

        marketing.uploadInvoice(partner, id);
        var badLines = partner.api().post(path, Map.of("actualExpenses", List.of(
                Map.of("description", "Зал", "amount", "-100.00"), Map.of("description", "", "amount", "0")), "results", ""));
        assertThat(badLines.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(badLines.getBody())).contains("actualExpenses[0].amount", "actualExpenses[1].description",
                "actualExpenses[1].amount", "results");
        assertThat(fields(partner.api().post(path, Map.of("results", "ok")).getBody())).containsExactly("actualExpenses");
        assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("APPROVED");

        assertThat(partner.api().post(path, MarketingScenario.claim("Зал", "1000.00")).getStatusCode().value()).isEqualTo(200);
        var again = partner.api().post(path, MarketingScenario.claim("Зал", "1000.00"));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("code").asText()).isEqualTo("conflict.compensation.claimSubmitted");

        assertThat(MarketingScenario.get(partner, id).get("lines")).hasSize(1);
        assertThat(marketing.ledgerEntries(budget.id())).isEqualTo(entries);
    }

    @Test
    void claimWithDocumentsInOneRequest_storesAllOrNothing() {
        long id = marketing.approvedToday(partner, budget, "100000.00");
        String path = "/api/compensations/" + id + "/claim";

        var badFile = partner.api().multipart(path, claimParts(MarketingScenario.claim("Зал", "1000.00"), "tool.exe", "MZ".getBytes()));
        assertThat(badFile.getStatusCode().value()).isEqualTo(415);
        var badLine = partner.api().multipart(path, claimParts(MarketingScenario.claim("Зал", "-1"), "invoice.pdf", Scenario.PDF));
        assertThat(badLine.getStatusCode().value()).isEqualTo(400);
        assertThat(MarketingScenario.get(partner, id).get("documents")).isEmpty();

        var ok = partner.api().multipart(path, claimParts(MarketingScenario.claim("Зал", "1000.00"), "invoice.pdf", Scenario.PDF));

        assertThat(ok.getStatusCode().value()).as(String.valueOf(ok.getBody())).isEqualTo(200);
        assertThat(ok.getBody().get("state").asText()).isEqualTo("CLAIM_REVIEW");
        assertThat(ok.getBody().get("documents")).hasSize(1);
        assertThat(ok.getBody().get("documents").get(0).get("kind").asText()).isEqualTo("INVOICE");
    }

    private static org.springframework.util.MultiValueMap<String, Object> claimParts(Map<String, Object> claim, String fileName, byte[] data) {
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        var json = new org.springframework.http.HttpHeaders();
        json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        parts.add("claim", new org.springframework.http.HttpEntity<>(claim, json));
        parts.add("files", new org.springframework.core.io.ByteArrayResource(data) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        parts.add("kind", "INVOICE");
        return parts;
    }

    @Test
    void anotherPartner_learnsNothing_andCannotAct() {
        long id = marketing.approvedToday(partner, budget, "100000.00");
        Scenario.Partner stranger = marketing.authorizedPartner();

        assertThat(stranger.api().get("/api/compensations/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(stranger.api().post("/api/compensations/" + id + "/cancel", null).getStatusCode().value()).isEqualTo(404);
        assertThat(stranger.api().post("/api/compensations/" + id + "/claim", MarketingScenario.claim("Зал", "1.00"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(stranger.api().upload("/api/compensations/" + id + "/documents", "x.pdf", Scenario.PDF, Map.of())
                .getStatusCode().value()).isEqualTo(404);
        assertThat(stranger.api().get("/api/compensations").getBody().get("total").asLong()).isZero();
        assertThat(scenario.reviewer().get("/api/compensations/" + id).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anApplicant_isNotYetEntitled_andReviewDecisionsNeedReasons() {
        Scenario.Partner applicant = scenario.registerCompany("ru");
        var today = MarketingScenario.today();
        assertThat(applicant.api().post("/api/compensations", MarketingScenario.request(budget.region(), today, today, "1000.00"))
                .getStatusCode().value()).isEqualTo(403);

        long id = marketing.submit(partner, MarketingScenario.request(budget.region(), today, today, "1000.00"));
        String task = MarketingScenario.task(scenario.reviewer(), id, USER_REVIEW_COMPENSATION).get("id").asText();
        var noReason = Scenario.complete(scenario.reviewer(), task, Map.of("decision", "REJECT"));
        assertThat(fields(noReason.getBody())).containsExactly("comment");
        assertThat(fields(Scenario.complete(scenario.reviewer(), task, Map.of("decision", "MAYBE")).getBody())).containsExactly("decision");
        assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("IN_REVIEW");
    }

    private static List<String> fields(JsonNode problem) {
        List<String> result = new ArrayList<>();
        problem.get("errors").forEach(e -> result.add(e.get("field").asText()));
        return result;
    }
}
