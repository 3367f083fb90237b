package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Partner requests on PostgreSQL with mail through GreenMail: each kind routed by the table to its group with a
 * deadline; the materials package by the tier table (refused, decided, sent); a consultation within the month's hours,
 * counted when held beside the hours staff logged; solution-sale help on the admins' list; each company sees its own.
 */
class PartnerRequestJourneyTest extends MarketingIntegrationTest {

    @Test
    void materials_followTheTierTable_refusedDecidedOrSent() {
        Scenario.Partner partner = marketing.authorizedPartner();
        var refused = partner.api().post("/api/partner-requests", materials());
        assertThat(refused.getStatusCode().value()).as(String.valueOf(refused.getBody())).isEqualTo(403);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("forbidden.request.noMaterials");

        tier(partner, "CERTIFIED");
        JsonNode onRequest = submitted(partner, materials());
        assertThat(onRequest.get("answerGroup").asText()).isEqualTo("marketing");
        assertThat(Instant.parse(onRequest.get("dueAt").asText())).isAfter(Instant.now().plus(Duration.ofDays(4)));
        long declined = onRequest.get("id").asLong();
        var noReason = Scenario.complete(scenario.reviewer(), task(declined, PartnerRequestProcess.USER_ANSWER_REQUEST), Map.of("decision", "REJECT"));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        Scenario.completeOk(scenario.reviewer(), "partner-request", declined, PartnerRequestProcess.USER_ANSWER_REQUEST,
                Map.of("decision", "REJECT", "comment", "Новый каталог выйдет в следующем месяце"));
        JsonNode answered = partner.api().get("/api/partner-requests/" + declined).getBody();
        assertThat(answered.get("state").asText()).isEqualTo("DECLINED");
        assertThat(answered.get("answer").asText()).isEqualTo("Новый каталог выйдет в следующем месяце");
        awaitMail(partner.email(), "Запрос № " + declined + " отклонён");

        tier(partner, "GENERAL");
        long included = submitted(partner, materials()).get("id").asLong();
        assertThat(Scenario.findTask(scenario.reviewer(), "partner-request", included, PartnerRequestProcess.USER_ANSWER_REQUEST))
                .as("the tier includes them: nothing to decide").isNull();
        Scenario.completeOk(scenario.reviewer(), "partner-request", included, PartnerRequestProcess.USER_DELIVER_MATERIALS,
                Map.of("comment", "Отправлены по почте"));
        assertThat(partner.api().get("/api/partner-requests/" + included).getBody().get("state").asText()).isEqualTo("DONE");
        awaitMail(partner.email(), "Запрос № " + included + " выполнен");
    }

    @Test
    void aConsultation_mustFitTheMonthsHours_andCountsWhenHeld_besideTheHoursStaffLogged() {
        Scenario.Partner partner = marketing.authorizedPartner();
        jdbc.update("update partner_company set partner_year_start = ?, partner_year_end = ? where id = ?",
                MarketingScenario.today().minusDays(10), MarketingScenario.today().plusDays(355), partner.partnerId());
        int monthly = benefits(partner).get("consultationHoursPerMonth").asInt();
        var logged = scenario.reviewer().post("/api/partners/" + partner.partnerId() + "/consultations",
                Map.of("consultedOn", MarketingScenario.today().toString(), "hours", 1, "topic", "Настройка маршрутов"));
        assertThat(logged.getStatusCode().value()).as(String.valueOf(logged.getBody())).isEqualTo(201);

        var tooMany = partner.api().post("/api/partner-requests", consultation(monthly));
        assertThat(tooMany.getStatusCode().value()).as(String.valueOf(tooMany.getBody())).isEqualTo(409);
        assertThat(tooMany.getBody().get("code").asText()).isEqualTo("conflict.consultation.usedUp");

        JsonNode request = submitted(partner, consultation(2));
        assertThat(request.get("answerGroup").asText()).isEqualTo("training");
        long id = request.get("id").asLong();
        assertThat(benefits(partner).get("consultationHoursLeftThisMonth").asInt()).as("counted when held, not when asked")
                .isEqualTo(monthly - 1);
        Scenario.completeOk(scenario.reviewer(), "partner-request", id, PartnerRequestProcess.USER_ANSWER_REQUEST,
                Map.of("decision", "APPROVE", "consultedOn", MarketingScenario.today().toString(), "hours", "2"));

        JsonNode held = partner.api().get("/api/partner-requests/" + id).getBody();
        assertThat(held.get("state").asText()).isEqualTo("DONE");
        assertThat(held.get("consultationId").isNumber()).isTrue();
        assertThat(benefits(partner).get("consultationHoursLeftThisMonth").asInt()).isEqualTo(monthly - 3);
        assertThat(partner.api().get("/api/partners/" + partner.partnerId() + "/consultations").getBody().get("total").asInt())
                .as("the hours staff logged stay").isEqualTo(2);
    }

    @Test
    void solutionSaleHelp_onTheAdminsList_andVendorEvents_answeredByTheirGroups_eachCompanySeesItsOwn() {
        String name = "Directum RX для банков " + ThreadLocalRandom.current().nextInt(1_000_000);
        var added = scenario.admin().post("/api/solutions", Map.of("name", name));
        assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(201);
        long solution = added.getBody().get("id").asLong();
        assertThat(scenario.admin().post("/api/solutions", Map.of("name", name)).getStatusCode().value()).isEqualTo(409);
        assertThat(scenario.manager().post("/api/solutions", Map.of("name", name + " 2")).getStatusCode().value()).isEqualTo(403);

        Scenario.Partner partner = marketing.authorizedPartner();
        Scenario.Partner other = marketing.authorizedPartner();
        assertThat(field(partner.api().post("/api/partner-requests", solutionSale(solution + 1_000_000)))).isEqualTo("solutionId");
        assertThat(field(partner.api().post("/api/partner-requests", Map.of("kind", "VENDOR_EVENT", "details", "Доклад"))))
                .isEqualTo("event");
        assertThat(scenario.manager().post("/api/partner-requests", solutionSale(solution)).getStatusCode().value()).isEqualTo(403);

        JsonNode sale = submitted(partner, solutionSale(solution));
        assertThat(sale.get("answerGroup").asText()).isEqualTo("partner-managers");
        assertThat(sale.get("solutionName").asText()).isEqualTo(name);
        long saleId = sale.get("id").asLong();
        Scenario.completeOk(scenario.manager(), "partner-request", saleId, PartnerRequestProcess.USER_ANSWER_REQUEST,
                Map.of("decision", "APPROVE", "comment", "Пресейл назначен на вторник"));
        assertThat(partner.api().get("/api/partner-requests/" + saleId).getBody().get("state").asText()).isEqualTo("DONE");

        Map<String, Object> forum = Map.of("kind", "VENDOR_EVENT", "event", "FORUM", "eventRole", "CO_ORGANISER",
                "details", "Секция о государственном секторе");
        JsonNode event = submitted(other, forum);
        assertThat(event.get("answerGroup").asText()).isEqualTo("marketing");
        long eventId = event.get("id").asLong();

        assertThat(other.api().get("/api/partner-requests/" + saleId).getStatusCode().value()).isEqualTo(404);
        assertThat(partner.api().get("/api/partner-requests/" + eventId).getStatusCode().value()).isEqualTo(404);
        assertThat(ids(partner.api().get("/api/partner-requests?size=100").getBody())).containsExactly(saleId);
        assertThat(ids(other.api().get("/api/partner-requests?size=100").getBody())).containsExactly(eventId);
        List<Long> events = ids(scenario.reviewer().get("/api/partner-requests?kind=VENDOR_EVENT&size=100").getBody());
        assertThat(events).contains(eventId).doesNotContain(saleId);

        scenario.admin().put("/api/solutions/" + solution, Map.of("name", name, "active", false));
        assertThat(field(partner.api().post("/api/partner-requests", solutionSale(solution)))).as("taken off the list").isEqualTo("solutionId");
        assertThat(partner.api().get("/api/partner-requests/" + saleId).getBody().get("solutionName").asText()).isEqualTo(name);
    }

    private JsonNode submitted(Scenario.Partner partner, Map<String, Object> body) {
        var response = partner.api().post("/api/partner-requests", body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        assertThat(response.getBody().get("state").asText()).isEqualTo("OPEN");
        return response.getBody();
    }

    private String task(long id, String taskKey) {
        return Scenario.task(scenario.reviewer(), "partner-request", id, taskKey).get("id").asText();
    }

    private void tier(Scenario.Partner partner, String status) {
        jdbc.update("update partner_company set status = ? where id = ?", status, partner.partnerId());
    }

    private JsonNode benefits(Scenario.Partner partner) {
        return partner.api().get("/api/partners/" + partner.partnerId() + "/benefits").getBody();
    }

    private static Map<String, Object> materials() {
        return Map.of("kind", "MARKETING_MATERIALS", "details", "Пакет материалов для выставки");
    }

    private static Map<String, Object> consultation(int hours) {
        return Map.of("kind", "CONSULTATION", "hours", hours, "details", "Интеграция с 1С");
    }

    private static Map<String, Object> solutionSale(long solution) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "SOLUTION_SALE");
        body.put("solutionId", solution);
        body.put("customerName", "АО «Банк»");
        body.put("details", "Нужна демонстрация решения заказчику");
        return body;
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private void awaitMail(String recipient, String subjectPart) {
        IntegrationTestMail.await(greenMail, recipient, subjectPart);
    }

    private static String field(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
        return response.getBody().get("errors").get(0).get("field").asText();
    }
}
