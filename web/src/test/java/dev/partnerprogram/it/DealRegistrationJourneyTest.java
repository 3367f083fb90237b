package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Deal registration on PostgreSQL with mail through GreenMail: a conflict decided by a manager with both deals in view,
 * the winner's revenue counted; a partner's own duplicate refused, also when two requests race; lists kept per company;
 * bad input named by field; the one extension; a lost deal; a protection that runs out.
 */
class DealRegistrationJourneyTest extends MarketingIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void conflict_decidedByAManager_thenWon_movesThePartnersRevenue() {
        String customer = "Ромашка " + ThreadLocalRandom.current().nextInt(1_000_000);
        Scenario.Partner first = marketing.authorizedPartner();
        long firstDeal = register(first, "ООО «" + customer + "»", taxId(), 201);
        Scenario.completeOk(scenario.manager(), "deal", firstDeal, DealRegistrationProcess.USER_REVIEW_DEAL, Map.of("decision", "APPROVE"));
        assertThat(first.api().get("/api/deals/" + firstDeal).getBody().get("protectedUntil").asText())
                .isEqualTo(MarketingScenario.today().plusDays(90).toString());

        Scenario.Partner second = scenario.authorizedPartner();
        var registered = second.api().post("/api/deals", deal(customer + ", АО", taxId()));
        assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(201);
        assertThat(registered.getBody().get("state").asText()).as("never approved silently").isEqualTo("CONFLICT");
        assertThat(registered.getBody().get("conflicts")).as("a partner never learns of another's deal").isEmpty();
        long secondDeal = registered.getBody().get("id").asLong();

        JsonNode staffList = scenario.manager().get("/api/deals?size=5").getBody();
        assertThat(staffList.get("items").get(0).get("state").asText()).as("conflicts first").isEqualTo("CONFLICT");
        JsonNode conflict = scenario.manager().get("/api/deals/" + secondDeal).getBody();
        assertThat(conflict.get("conflicts")).hasSize(1);
        assertThat(conflict.get("conflicts").get(0).get("id").asLong()).isEqualTo(firstDeal);
        assertThat(conflict.get("conflicts").get(0).get("matchedBy").asText()).isEqualTo("NAME");
        assertThat(conflict.get("conflicts").get(0).get("state").asText()).isEqualTo("APPROVED");
        assertThat(Scenario.findTask(scenario.manager(), "deal", secondDeal, DealRegistrationProcess.USER_REVIEW_DEAL)).isNull();

        assertThat(second.api().get("/api/deals/" + firstDeal).getStatusCode().value()).isEqualTo(404);
        assertThat(ids(second.api().get("/api/deals?size=100").getBody())).containsExactly(secondDeal);
        assertThat(ids(first.api().get("/api/deals?size=100").getBody())).containsExactly(firstDeal);

        Scenario.completeOk(scenario.manager(), "deal", secondDeal, DealRegistrationProcess.USER_RESOLVE_CONFLICT,
                Map.of("decision", "APPROVE", "protectionDays", "60", "comment", "Заказчик подтвердил, что работает со вторым партнёром"));
        JsonNode approved = second.api().get("/api/deals/" + secondDeal).getBody();
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("protectedUntil").asText()).isEqualTo(MarketingScenario.today().plusDays(60).toString());
        IntegrationTestMail.await(greenMail, second.email(), "Сделка № " + secondDeal);

        assertThat(field(second.api().post("/api/deals/" + secondDeal + "/won", Map.of("amount", 0, "closedAt",
                MarketingScenario.today().toString())))).isEqualTo("amount");
        assertThat(field(second.api().post("/api/deals/" + secondDeal + "/won", Map.of("amount", new BigDecimal("1000.005"),
                "closedAt", MarketingScenario.today().toString())))).isEqualTo("amount");
        assertThat(field(second.api().post("/api/deals/" + secondDeal + "/won", Map.of("amount", 1000,
                "closedAt", MarketingScenario.today().plusDays(1).toString())))).isEqualTo("closedAt");
        assertThat(scenario.manager().post("/api/deals/" + secondDeal + "/won", Map.of("amount", 1000, "closedAt",
                MarketingScenario.today().toString())).getStatusCode().value()).as("the outcome is the partner's").isEqualTo(403);

        assertThat(dealWonEvents(secondDeal)).as("a refused outcome tells other systems nothing").isEmpty();

        var won = second.api().post("/api/deals/" + secondDeal + "/won", Map.of("amount", new BigDecimal("2500000.50"),
                "closedAt", MarketingScenario.today().toString(), "complexity", "LARGE"));
        assertThat(won.getStatusCode().value()).as(String.valueOf(won.getBody())).isEqualTo(200);
        assertThat(won.getBody().get("state").asText()).isEqualTo("WON");
        assertThat(won.getBody().get("projectId").isNumber()).as("the customer becomes a project").isTrue();
        // Written with the outcome, so it is there as soon as the answer is (no waiting on a sender).
        List<JsonNode> told = dealWonEvents(secondDeal);
        assertThat(told).as("deal.won events of deal " + secondDeal).hasSize(1);
        JsonNode data = told.get(0).get("data");
        assertThat(data.get("partnerId").asLong()).isEqualTo(second.partnerId());
        assertThat(data.get("amount").asText()).isEqualTo("2500000.50");
        assertThat(data.get("closedOn").asText()).isEqualTo(MarketingScenario.today().toString());
        assertThat(data.get("projectId").asLong()).isEqualTo(won.getBody().get("projectId").asLong());
        assertThat(data.get("joint").asBoolean()).isFalse();
        assertThat(data.get("partnerShare").isNull()).as("sold alone: no share").isTrue();
        assertThat(data.get("partnerAmount").asText()).as("sold alone: all of it").isEqualTo("2500000.50");

        JsonNode payments = scenario.admin().get("/api/admin/payments?partnerId=" + second.partnerId()).getBody();
        List<String> fromDeals = new ArrayList<>();
        payments.get("items").forEach(p -> {
            if (p.get("source").asText().equals("DEAL")) {
                fromDeals.add(p.get("amount").decimalValue().stripTrailingZeros().toPlainString() + " " + p.get("reference").asText());
            }
        });
        assertThat(fromDeals).containsExactly("2500000.5 deal-" + secondDeal);

        // In the next quarter the deal is the last quarter's revenue, which the tier criteria and the discount read.
        LocalDate today = MarketingScenario.today();
        LocalDate nextQuarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).plusMonths(3);
        simulatedClock.moveTo(nextQuarter.atTime(12, 0).atZone(MarketingScenario.ZONE).toInstant());
        JsonNode progress = second.api().get("/api/partners/" + second.partnerId() + "/progress").getBody();
        List<String> revenue = new ArrayList<>();
        progress.get("criteria").forEach(c -> {
            if (c.get("criterion").asText().equals("REVENUE_LAST_QUARTER")) {
                revenue.add(c.get("actual").decimalValue().stripTrailingZeros().toPlainString() + " " + c.get("met").asBoolean());
            }
        });
        assertThat(revenue).containsExactly("2500000.5 true");
    }

    @Test
    void thePartnersOwnOpenDealForTheSameCustomer_is409_byTaxIdOrByName() {
        Scenario.Partner partner = marketing.authorizedPartner();
        String name = "Вектор " + ThreadLocalRandom.current().nextInt(1_000_000);
        String taxId = taxId();
        register(partner, "ООО «" + name + "»", taxId, 201);

        var sameTaxId = partner.api().post("/api/deals", deal("Другое имя " + name, taxId));
        assertThat(sameTaxId.getStatusCode().value()).isEqualTo(409);
        assertThat(sameTaxId.getBody().get("code").asText()).isEqualTo("conflict.deal.duplicate");
        assertThat(partner.api().post("/api/deals", deal(name.toUpperCase() + ", ООО", taxId())).getStatusCode().value()).isEqualTo(409);
        assertThat(ids(partner.api().get("/api/deals").getBody())).hasSize(1);
    }

    @Test
    void twoRegistrationsOfOneCustomerAtOnce_oneIsCreated_theOther409() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        Map<String, Object> body = deal("Параллель " + ThreadLocalRandom.current().nextInt(1_000_000), taxId());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> call = () -> {
                start.await();
                return partner.api().post("/api/deals", body).getStatusCode().value();
            };
            Future<Integer> one = pool.submit(call);
            Future<Integer> two = pool.submit(call);
            start.countDown();
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids(partner.api().get("/api/deals").getBody())).hasSize(1);
    }

    @Test
    void badInput_isNamedByField_andNothingIsStored() {
        Scenario.Partner partner = marketing.authorizedPartner();
        Map<String, Object> body = new HashMap<>();
        body.put("customerName", "ООО");
        body.put("customerTaxId", "12345");
        body.put("region", "Казань");
        body.put("expectedAmount", 0);
        body.put("expectedCloseDate", MarketingScenario.today().minusDays(1).toString());

        var refused = partner.api().post("/api/deals", body);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("customerTaxId", "expectedAmount", "expectedCloseDate");
        assertThat(partner.api().get("/api/deals").getBody().get("total").asLong()).isZero();
        assertThat(scenario.reviewer().post("/api/deals", deal("Сотрудник", taxId())).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theProtection_isExtendedOnce_andALostDealNeedsItsReason() {
        Scenario.Partner partner = marketing.authorizedPartner();
        long id = approved(partner);

        var extended = partner.api().post("/api/deals/" + id + "/extension", Map.of());
        assertThat(extended.getStatusCode().value()).as(String.valueOf(extended.getBody())).isEqualTo(200);
        assertThat(extended.getBody().get("protectedUntil").asText()).isEqualTo(MarketingScenario.today().plusDays(120).toString());
        assertThat(extended.getBody().get("extended").asBoolean()).isTrue();
        var again = partner.api().post("/api/deals/" + id + "/extension", Map.of());
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("code").asText()).isEqualTo("conflict.deal.extendedOnce");

        assertThat(partner.api().postRaw("/api/deals/" + id + "/lost", "{}").getStatusCode().value()).isEqualTo(400);
        var lost = partner.api().post("/api/deals/" + id + "/lost", Map.of("reason", "Заказчик отложил закупку"));
        assertThat(lost.getStatusCode().value()).isEqualTo(200);
        assertThat(lost.getBody().get("state").asText()).isEqualTo("LOST");
        assertThat(partner.api().post("/api/deals/" + id + "/won", Map.of("amount", 1, "closedAt", MarketingScenario.today().toString()))
                .getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aProtectionThatRunsOut_expiresTheDeal_andTellsThePartner() {
        Scenario.Partner partner = marketing.authorizedPartner();
        long id = approved(partner);

        runTimer(DealRegistrationProcess.KEY, id, DealRegistrationProcess.TIMER_PROTECTION_ENDED);

        assertThat(partner.api().get("/api/deals/" + id).getBody().get("state").asText()).isEqualTo("EXPIRED");
        assertThat(Scenario.findTask(partner.api(), "deal", id, DealRegistrationProcess.USER_CLOSE_DEAL)).isNull();
        IntegrationTestMail.await(greenMail, partner.email(), "Защита сделки № " + id);
    }

    @Test
    void aRejectionNeedsItsReason_andFreesTheCustomerForANewRegistration() {
        Scenario.Partner partner = marketing.authorizedPartner();
        String taxId = taxId();
        long id = register(partner, "Отказ " + ThreadLocalRandom.current().nextInt(1_000_000), taxId, 201);
        String task = Scenario.task(scenario.manager(), "deal", id, DealRegistrationProcess.USER_REVIEW_DEAL).get("id").asText();
        assertThat(Scenario.complete(scenario.manager(), task, Map.of("decision", "REJECT")).getStatusCode().value()).isEqualTo(400);

        Scenario.completeOk(scenario.manager(), "deal", id, DealRegistrationProcess.USER_REVIEW_DEAL,
                Map.of("decision", "REJECT", "comment", "Заказчик уже работает с вендором напрямую"));

        JsonNode rejected = partner.api().get("/api/deals/" + id).getBody();
        assertThat(rejected.get("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("decisionReason").asText()).isEqualTo("Заказчик уже работает с вендором напрямую");
        register(partner, "Отказ повторно", taxId, 201);
    }

    private long approved(Scenario.Partner partner) {
        long id = register(partner, "Защита " + ThreadLocalRandom.current().nextInt(1_000_000), taxId(), 201);
        Scenario.completeOk(scenario.manager(), "deal", id, DealRegistrationProcess.USER_REVIEW_DEAL, Map.of("decision", "APPROVE"));
        return id;
    }

    private long register(Scenario.Partner partner, String customer, String taxId, int status) {
        var response = partner.api().post("/api/deals", deal(customer, taxId));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        return response.getBody().get("id").asLong();
    }

    private static String field(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
        return response.getBody().get("errors").get(0).get("field").asText();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(d -> ids.add(d.get("id").asLong()));
        return ids;
    }

    private static String taxId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private static Map<String, Object> deal(String customer, String taxId) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerName", customer);
        body.put("customerTaxId", taxId);
        body.put("region", "Казань");
        body.put("expectedLicenses", 50);
        body.put("expectedAmount", new BigDecimal("3000000.00"));
        body.put("expectedCloseDate", MarketingScenario.today().plusMonths(2).toString());
        return body;
    }

    /** The deal.won events written for the deal, as a webhook or the feed would carry them. */
    private List<JsonNode> dealWonEvents(long dealId) {
        List<JsonNode> found = new ArrayList<>();
        for (String payload : jdbc.queryForList("select payload from integration_event where type = 'deal.won'", String.class)) {
            try {
                JsonNode event = JSON.readTree(payload);
                if (event.get("data").get("dealId").asLong() == dealId) {
                    found.add(event);
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }
}
