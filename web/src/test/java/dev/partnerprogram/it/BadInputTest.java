package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVIEW_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.application.DocumentRepository;
import dev.partnerprogram.application.StatusApplicationRepository;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Bad input gets a clear problem+json answer, and nothing is half-saved. */
class BadInputTest extends IntegrationTest {

    @Autowired
    StatusApplicationRepository applications;

    @Autowired
    DocumentRepository documents;

    private Scenario.Partner partner;

    @BeforeEach
    void company() {
        partner = scenario.registerCompany("ru");
    }

    @Test
    void applicationWithMissingFields_isRefusedFieldByField_andNothingStarts() {
        Map<String, Object> body = new HashMap<>(Scenario.applicationBody(partner.email()));
        body.remove("companyName");
        body.put("contactEmail", "not-an-email");
        body.put("teamSize", 0);
        body.remove("activities");

        var response = partner.api().post("/api/applications", body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(fields(response.getBody())).contains("companyName", "contactEmail", "teamSize", "activities");
        assertThat(applications.findByPartnerIdOrderBySubmittedAtDesc(partner.partnerId(), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aRefusal_carriesItsCode_andReadsInTheCallersLanguage_RussianByDefault() {
        Map<String, Object> body = new HashMap<>(Scenario.applicationBody(partner.email()));
        body.remove("companyName");

        JsonNode russian = partner.api().post("/api/applications", body).getBody();
        JsonNode english = partner.api().inLanguage("en").post("/api/applications", body).getBody();

        assertThat(russian.get("code").asText()).isEqualTo("problem.invalidInput");
        JsonNode error = russian.get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("companyName");
        assertThat(error.get("code").asText()).isEqualTo("error.required");
        assertThat(error.get("message").asText()).isEqualTo("Заполните поле.");
        assertThat(russian.get("detail").asText()).isEqualTo("companyName: Заполните поле.");
        assertThat(english.get("errors").get(0).get("message").asText()).isEqualTo("Fill in this field.");
        assertThat(english.get("errors").get(0).get("code").asText()).isEqualTo("error.required");

        JsonNode missing = partner.api().inLanguage("en").get("/api/applications/999999999").getBody();
        assertThat(missing.get("code").asText()).isEqualTo("problem.notFound");
        assertThat(missing.get("detail").asText()).isEqualTo("The object does not exist or is not yours.");
    }

    @Test
    void malformedJsonAndWrongTypes_areBadRequestsWithoutInternals() {
        var broken = partner.api().postRaw("/api/applications", "{\"requestedStatus\": \"AUTHORIZED\", \"teamSize\": \"many\"");
        assertThat(broken.getStatusCode().value()).isEqualTo(400);
        assertThat(broken.getBody().toString()).doesNotContain("Exception", "jackson", "at [Source");

        var unknownStatus = partner.api().postRaw("/api/applications", "{\"requestedStatus\": \"EMPEROR\"}");
        assertThat(unknownStatus.getStatusCode().value()).isEqualTo(400);

        assertThat(partner.api().get("/api/applications/not-a-number").getStatusCode().value()).isEqualTo(400);
        assertThat(partner.api().get("/api/applications?size=100000").getStatusCode().value()).isEqualTo(400);
    }

    /** Every paged list reads page and size alike: out of range or no number is refused, naming the parameter. */
    @Test
    void badPagingParameters_areRefusedNamingTheParameter() {
        for (String query : List.of("page=-1", "page=abc", "size=0", "size=101", "size=x")) {
            var response = partner.api().get("/api/deals?" + query);
            assertThat(response.getStatusCode().value()).as(query).isEqualTo(400);
            assertThat(response.getBody().get("errors").get(0).get("field").asText()).as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
        var defaults = partner.api().get("/api/deals?page=&size=").getBody();
        assertThat(defaults.get("page").asInt()).isZero();
        assertThat(defaults.get("size").asInt()).isEqualTo(20);
    }

    @Test
    void secondApplicationWhileOneIsOpen_isAConflict() {
        scenario.apply(partner);
        assertThat(partner.api().post("/api/applications", Scenario.applicationBody(partner.email())).getStatusCode().value())
                .isEqualTo(409);
    }

    @Test
    void registrationWithTakenEmailOrTaxId_isAConflict_andBadFieldsAreNamed() {
        var again = api.anonymous().post("/api/registrations", Map.of("companyName", "Дубль", "taxId", "1234567890",
                "region", "Омск", "contactName", "Дубль", "email", partner.email(), "phone", "+7 000 000-00-00",
                "password", "long-enough"));
        assertThat(again.getStatusCode().value()).isEqualTo(409);

        var bad = api.anonymous().post("/api/registrations", Map.of("companyName", "", "taxId", "12", "email", "x", "password", "1"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(bad.getBody())).contains("companyName", "taxId", "email", "password", "region", "phone");
    }

    @Test
    void registrationInARegionOffTheReferenceList_isRefusedByField_andNothingIsSaved() {
        var regions = api.anonymous().get("/api/regions");
        assertThat(regions.getStatusCode().value()).isEqualTo(200);
        assertThat(regions.getBody().get(0).asText()).isEqualTo("Москва");
        assertThat(regions.getBody().get(regions.getBody().size() - 1).asText()).isEqualTo("Другой регион");

        String taxId = String.format("%010d", System.nanoTime() % 10_000_000_000L);
        String email = "region" + taxId + "@region.example";
        Map<String, String> body = new java.util.HashMap<>(Map.of("companyName", "ООО «Регион»", "taxId", taxId,
                "region", "12345", "contactName", "Регина Регионова", "email", email, "phone", "+7 000 000-00-00",
                "password", "long-enough"));
        var refused = api.anonymous().post("/api/registrations", body);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(fields(refused.getBody())).containsExactly("region");
        assertThat(refused.getBody().get("errors").get(0).get("code").asText()).isEqualTo("error.region");

        // Nothing was kept: the same tax id and address register once the region is one of the list.
        body.put("region", regions.getBody().get(1).asText());
        assertThat(api.anonymous().post("/api/registrations", body).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void rejectWithoutReason_isRefused_andTheTaskStaysOpen() {
        long id = scenario.apply(partner);
        String taskId = Scenario.task(scenario.reviewer(), id, USER_REVIEW_APPLICATION).get("id").asText();

        var noReason = Scenario.complete(scenario.reviewer(), taskId, Map.of("decision", "REJECT"));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(noReason.getBody())).containsExactly("comment");
        var noDecision = Scenario.complete(scenario.reviewer(), taskId, Map.of("comment", "?"));
        assertThat(fields(noDecision.getBody())).containsExactly("decision");

        assertThat(scenario.reviewer().get("/api/tasks/" + taskId).getStatusCode().value()).isEqualTo(200);
        assertThat(partner.api().get("/api/applications/" + id).getBody().get("history").toString()).doesNotContain("REJECTED");
    }

    @Test
    void completingATaskTwice_isAConflict() {
        long id = scenario.apply(partner);
        String taskId = Scenario.task(scenario.reviewer(), id, USER_REVIEW_APPLICATION).get("id").asText();

        var first = Scenario.complete(scenario.reviewer(), taskId, Map.of("decision", "REJECT", "comment", "Не подходит"));
        var second = Scenario.complete(scenario.reviewer(), taskId, Map.of("decision", "APPROVE"));

        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        JsonNode application = partner.api().get("/api/applications/" + id).getBody();
        assertThat(application.get("state").asText()).isEqualTo("REJECTED");
        assertThat(application.get("decisionReason").asText()).isEqualTo("Не подходит");
        assertThat(partner.api().post("/api/applications/" + id + "/withdraw", null).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void oversizedAndWrongTypeUploads_areRefused_andNothingIsStored() {
        long id = scenario.apply(partner);
        String path = "/api/applications/" + id + "/documents";

        byte[] justOver = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Scenario.PDF, 0, justOver, 0, Scenario.PDF.length);
        assertThat(partner.api().upload(path, "big.pdf", justOver, Map.of()).getStatusCode().value()).isEqualTo(413);
        var huge = partner.api().upload(path, "huge.pdf", new byte[13 * 1024 * 1024], Map.of());
        assertThat(huge.getStatusCode().value()).isEqualTo(413);
        assertThat(huge.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(huge.getBody().get("status").asInt()).isEqualTo(413);

        var exe = partner.api().upload(path, "tool.exe", "MZ\u0090\u0000".getBytes(), Map.of());
        assertThat(exe.getStatusCode().value()).isEqualTo(415);
        assertThat(exe.getBody().get("detail").asText()).contains("exe");
        var disguised = partner.api().upload(path, "invoice.pdf", "MZ this is a program".getBytes(), Map.of());
        assertThat(disguised.getStatusCode().value()).isEqualTo(415);
        var empty = partner.api().upload(path, "empty.pdf", new byte[0], Map.of());
        assertThat(empty.getStatusCode().value()).isEqualTo(400);

        assertThat(documents.findBySubjectIdOrderByUploadedAtAscIdAsc(id)).isEmpty();
        assertThat(partner.api().get("/api/applications/" + id).getBody().get("history").toString()).doesNotContain("DOCUMENT_UPLOADED");
    }

    @Test
    void unknownTaskIds_areNotFound_andHostileIdsNeverReachTheEngine() {
        assertThat(scenario.reviewer().get("/api/tasks/00000000-0000-0000-0000-000000000000").getStatusCode().value()).isEqualTo(404);
        assertThat(scenario.reviewer().get("/api/tasks/%24%7B1%2B1%7D").getStatusCode().value()).isEqualTo(404);
        assertThat(scenario.reviewer().post("/api/tasks/%27%20OR%201%3D1%20--/complete", Map.of()).getStatusCode().value()).isIn(400, 404);
    }

    private static java.util.List<String> fields(JsonNode problem) {
        var result = new java.util.ArrayList<String>();
        problem.get("errors").forEach(e -> result.add(e.get("field").asText()));
        return result;
    }
}
