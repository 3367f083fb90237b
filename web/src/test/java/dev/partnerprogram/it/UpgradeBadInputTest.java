package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.UpgradeIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Bad input and other partners' data around upgrades and counted benefits: a tier out of line, quotas used up, bad quote
 * lines and projects, and every partner resource of another company answering 404.
 */
class UpgradeBadInputTest extends UpgradeIntegrationTest {

    private Scenario.Partner partner;

    @BeforeEach
    void setUp() {
        partner = scenario.authorizedPartner();
    }

    @Test
    void aTierNotNextInLine_isRefused_andNothingIsCreated() {
        long before = partner.api().get("/api/applications").getBody().get("total").asLong();

        var notNext = partner.api().post("/api/applications", Map.of("requestedStatus", "GENERAL"));
        assertField(notNext, "requestedStatus", "error.upgrade.nextTier");
        assertThat(notNext.getBody().get("errors").get(0).get("message").asText()).as("the tier's name, not its code")
                .isEqualTo("Следующий статус для компании — «Сертифицированный партнёр».");
        Scenario.Partner applicant = scenario.registerCompany("ru");
        assertField(applicant.api().post("/api/applications", Map.of("requestedStatus", "CERTIFIED")), "requestedStatus",
                "error.upgrade.noStatus");
        assertThat(partner.api().post("/api/applications", Scenario.applicationBody(partner.email())).getStatusCode().value())
                .as("the join application again").isEqualTo(409);

        assertThat(partner.api().get("/api/applications").getBody().get("total").asLong()).isEqualTo(before);
    }

    @Test
    void consultations_countOnlyInTheCurrentPartnerYear_inWholeHours() {
        String path = "/api/partners/" + partner.partnerId() + "/consultations";
        String yearStart = partner.api().get("/api/partners/" + partner.partnerId()).getBody().get("partnerYear").get("start").asText();
        for (String before : List.of("1970-01-01", LocalDate.parse(yearStart).minusDays(1).toString())) {
            var early = scenario.reviewer().post(path, Map.of("consultedOn", before, "hours", 1, "topic", "Прошлое"));
            assertField(early, "consultedOn", "error.consultation.outsideYear");
        }
        // Hours are whole: 1.5 is refused, not rounded; a date is an ISO string, not a number of days.
        assertField(scenario.reviewer().postRaw(path, "{\"consultedOn\": \"" + yearStart + "\", \"hours\": 1.5, \"topic\": \"Полтора\"}"),
                "hours", "error.wrongFormat");
        assertField(scenario.reviewer().postRaw(path, "{\"consultedOn\": 20000, \"hours\": 1, \"topic\": \"Число\"}"),
                "consultedOn", "error.wrongFormat");
        assertThat(partner.api().get(path).getBody().get("total").asInt()).isZero();
    }

    @Test
    void consultationHours_areCountedAgainstTheMonth_withAClearMessageOnceUsedUp() {
        String path = "/api/partners/" + partner.partnerId() + "/consultations";
        String today = upgrades.today().toString();
        assertThat(scenario.reviewer().post(path, Map.of("consultedOn", today, "hours", 4, "topic", "Администрирование"))
                .getStatusCode().value()).isEqualTo(201);

        var tooMany = scenario.reviewer().post(path, Map.of("consultedOn", today, "hours", 2, "topic", "Разработка"));
        assertThat(tooMany.getStatusCode().value()).isEqualTo(409);
        assertThat(tooMany.getBody().get("code").asText()).isEqualTo("conflict.consultation.usedUp");
        assertThat(tooMany.getBody().get("detail").asText()).contains("осталось 1 из 5 ч, 2 ч учесть нельзя");

        assertThat(scenario.reviewer().post(path, Map.of("consultedOn", today, "hours", 1, "topic", "Разработка"))
                .getStatusCode().value()).isEqualTo(201);
        assertThat(upgrades.benefits(partner).get("consultationHoursLeftThisMonth").asInt()).isZero();
        assertField(scenario.reviewer().post(path, Map.of("consultedOn", today, "hours", 0, "topic", "Разработка")), "hours", null);
        assertField(scenario.reviewer().post(path, Map.of("consultedOn", upgrades.today().plusDays(1).toString(), "hours", 1,
                "topic", "Разработка")), "consultedOn", "error.notInFuture");
        assertField(scenario.reviewer().post(path, Map.of("consultedOn", today, "hours", 1)), "topic", "error.required");
        assertThat(partner.api().post(path, Map.of("consultedOn", today, "hours", 1, "topic", "Сами себе")).getStatusCode().value())
                .as("partners do not log their own consultations").isEqualTo(403);
        assertThat(partner.api().get(path).getBody().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void freeLicences_areHeldAgainstTheYearsQuota_andARejectionGivesThemBack() {
        String path = "/api/partners/" + partner.partnerId() + "/licence-requests";
        var held = partner.api().post(path, Map.of("quantity", 15, "purpose", "Внутренний документооборот"));
        assertThat(held.getStatusCode().value()).isEqualTo(201);
        assertThat(held.getBody().get("state").asText()).isEqualTo("REQUESTED");

        var tooMany = partner.api().post(path, Map.of("quantity", 6, "purpose", "Ещё стенд"));
        assertThat(tooMany.getStatusCode().value()).isEqualTo(409);
        assertThat(tooMany.getBody().get("code").asText()).isEqualTo("conflict.licences.left");
        assertThat(tooMany.getBody().get("detail").asText()).contains("осталось 5 из 20 бесплатных лицензий");
        assertField(partner.api().post(path, Map.of("quantity", 0, "purpose", "Ничего")), "quantity", "error.range");
        assertThat(scenario.reviewer().post(path, Map.of("quantity", 1, "purpose", "За партнёра")).getStatusCode().value())
                .isEqualTo(403);

        long requestId = held.getBody().get("id").asLong();
        assertField(scenario.reviewer().post("/api/licence-requests/" + requestId + "/decision", Map.of("decision", "REJECT")),
                "comment", "error.commentRequired");
        var rejected = scenario.reviewer().post("/api/licence-requests/" + requestId + "/decision",
                Map.of("decision", "REJECT", "comment", "Слишком много для одного стенда"));
        assertThat(rejected.getBody().get("state").asText()).isEqualTo("REJECTED");
        assertThat(upgrades.benefits(partner).get("freeLicensesLeft").asInt()).isEqualTo(20);
        assertThat(scenario.reviewer().post("/api/licence-requests/" + requestId + "/decision", Map.of("decision", "ISSUE"))
                .getStatusCode().value()).as("decided already").isEqualTo(409);
    }

    @Test
    void theDiscountCalculator_pricesEachLineByTheTable_andNamesBadLines() {
        String path = "/api/partners/" + partner.partnerId() + "/quote";
        var quote = partner.api().post(path, Map.of("lines", List.of(
                Map.of("item", "LICENSE_ON_PREMISES", "listPrice", "100000.00", "quantity", 3),
                Map.of("item", "LICENSE_CLOUD_FIRST", "listPrice", "10000", "quantity", 10),
                Map.of("item", "LICENSE_CLOUD_RENEWAL", "listPrice", "999.99", "quantity", 1),
                Map.of("item", "SUBSCRIPTION", "listPrice", "50000", "quantity", 1),
                Map.of("item", "SOLUTION", "listPrice", "200000", "quantity", 1),
                Map.of("item", "TRAINING", "listPrice", "30000", "quantity", 2))));
        assertThat(quote.getStatusCode().value()).as(String.valueOf(quote.getBody())).isEqualTo(200);
        JsonNode lines = quote.getBody().get("lines");
        assertThat(lines.findValuesAsText("discountPercent")).containsExactly("35", "35", "20", "35", "35", "20");
        assertThat(lines.get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("65000.00");
        assertThat(lines.get(0).get("partnerTotal").decimalValue()).isEqualByComparingTo("195000.00");
        assertThat(lines.get(2).get("unitPrice").decimalValue()).as("rounded to kopecks").isEqualByComparingTo("799.99");
        assertThat(quote.getBody().get("listTotal").decimalValue()).isEqualByComparingTo("710999.99");
        assertThat(quote.getBody().get("partnerTotal").decimalValue()).isEqualByComparingTo("471299.99");
        assertThat(quote.getBody().get("saving").decimalValue()).isEqualByComparingTo("239700.00");

        var bad = partner.api().post(path, Map.of("lines", List.of(
                Map.of("item", "LICENSE_ON_PREMISES", "listPrice", "10.001", "quantity", 1),
                Map.of("listPrice", "-5", "quantity", 0))));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("lines[0].listPrice",
                "lines[1].item", "lines[1].listPrice", "lines[1].quantity");
        assertField(partner.api().post(path, Map.of("lines", List.of())), "lines", "error.calculator.noLines");
    }

    @Test
    void projects_checkTheirDates_andOnlyAReviewerConfirmsThem() {
        var backwards = partner.api().post("/api/projects", Map.of("customer", "АО «Заказчик»", "title", "Внедрение",
                "complexity", "MEDIUM", "startedOn", upgrades.today().minusDays(10).toString(),
                "completedOn", upgrades.today().minusDays(20).toString()));
        assertField(backwards, "completedOn", "error.endBeforeStart");
        var missing = partner.api().post("/api/projects", Map.of("customer", "АО «Заказчик»"));
        assertThat(missing.getBody().get("errors").findValuesAsText("field")).contains("title", "complexity", "startedOn");

        var created = partner.api().post("/api/projects", Map.of("customer", "АО «Заказчик»", "title", "Внедрение",
                "complexity", "MEDIUM", "startedOn", upgrades.today().minusDays(100).toString()));
        long project = created.getBody().get("id").asLong();
        assertThat(created.getBody().get("reviewState").asText()).isEqualTo("PENDING");
        assertThat(created.getBody().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(partner.api().post("/api/projects/" + project + "/review", Map.of("decision", "CONFIRM")).getStatusCode().value())
                .isEqualTo(403);
        assertField(scenario.reviewer().post("/api/projects/" + project + "/review", Map.of("decision", "REJECT")), "comment",
                "error.commentRequired");
        assertThat(scenario.reviewer().post("/api/projects/" + project + "/review", Map.of("decision", "CONFIRM"))
                .getBody().get("reviewState").asText()).isEqualTo("CONFIRMED");
        assertThat(upgrades.progress(partner).get("criteria").get(1).get("actual").asInt()).as("in progress: not counted yet").isZero();

        var completed = partner.api().put("/api/projects/" + project, Map.of("customer", "АО «Заказчик»", "title", "Внедрение",
                "complexity", "MEDIUM", "startedOn", upgrades.today().minusDays(100).toString(),
                "completedOn", upgrades.today().toString()));
        assertThat(completed.getBody().get("reviewState").asText()).as("reviewed again once changed").isEqualTo("PENDING");
        scenario.reviewer().post("/api/projects/" + project + "/review", Map.of("decision", "CONFIRM"));
        assertThat(upgrades.progress(partner).get("criteria").get(1).get("actual").asInt()).isEqualTo(1);
    }

    @Test
    void anotherPartnersUpgradeData_isNotFound_andStaffOnlyActionsAreForbidden() {
        Scenario.Partner other = scenario.registerCompany("ru");
        long id = partner.partnerId();
        var project = partner.api().post("/api/projects", Map.of("customer", "ООО «Клиент»", "title", "Проект",
                "complexity", "SMALL", "startedOn", upgrades.today().toString()));
        long projectId = project.getBody().get("id").asLong();
        long application = upgrades.apply(partner, "CERTIFIED").get("id").asLong();

        for (String path : List.of("/api/partners/" + id + "/progress", "/api/partners/" + id + "/plan",
                "/api/partners/" + id + "/discounts", "/api/partners/" + id + "/tier-reviews",
                "/api/partners/" + id + "/consultations", "/api/partners/" + id + "/licence-requests",
                "/api/projects/" + projectId, "/api/applications/" + application + "/decision")) {
            assertThat(other.api().get(path).getStatusCode().value()).as(path).isEqualTo(404);
        }
        assertThat(other.api().post("/api/partners/" + id + "/quote", Map.of("lines", List.of(
                Map.of("item", "SOLUTION", "listPrice", "1", "quantity", 1)))).getStatusCode().value()).isEqualTo(404);
        assertThat(other.api().put("/api/projects/" + projectId, Map.of("customer", "x")).getStatusCode().value()).isEqualTo(404);
        assertThat(other.api().post("/api/partners/" + id + "/licence-requests", Map.of("quantity", 1, "purpose", "чужие"))
                .getStatusCode().value()).isEqualTo(404);
        assertThat(other.api().get("/api/projects").getBody().get("total").asInt()).isZero();

        assertThat(partner.api().post("/api/partners/" + id + "/plan/items", Map.of("title", "Сам себе план")).getStatusCode().value())
                .isEqualTo(403);
        assertThat(partner.api().get("/api/tier-reviews").getStatusCode().value()).isEqualTo(403);
        assertThat(scenario.reviewer().get("/api/tier-reviews").getStatusCode().value()).as("managers decide").isEqualTo(403);
        assertThat(scenario.reviewer().put("/api/partners/" + id + "/plan/manager", Map.of("manager", "it-reviewer"))
                .getStatusCode().value()).isEqualTo(403);
        assertField(scenario.manager().put("/api/partners/" + id + "/plan/manager", Map.of("manager", partner.email())), "manager",
                "error.plan.manager");
        assertThat(scenario.manager().put("/api/partners/" + id + "/plan/manager", Map.of("manager", "it-reviewer"))
                .getBody().get("manager").asText()).isEqualTo("it-reviewer");
    }

    private static void assertField(ResponseEntity<JsonNode> response, String field, String code) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
        assertThat(response.getBody().get("code").asText()).isEqualTo("problem.invalidInput");
        JsonNode error = response.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).isNotBlank();
        if (code != null) {
            assertThat(error.get("code").asText()).isEqualTo(code);
        }
    }
}
