package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * A joint sale on PostgreSQL: the partner marks its deal joint; a manager (not a reviewer) approves the individual
 * discount within the configured bound and the revenue split; the discount calculator prices the deal's licences at
 * that discount (for its own partner only); the won deal's revenue is the partner's share.
 */
class JointSaleJourneyTest extends MarketingIntegrationTest {

    @Test
    void aManagerApprovesTheDiscountAndSplit_theCalculatorShowsIt_andTheRevenueIsThePartnersShare() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        var registered = partner.api().post("/api/deals", deal(true));
        assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(201);
        assertThat(registered.getBody().get("joint").asBoolean()).isTrue();
        long id = registered.getBody().get("id").asLong();

        var byReviewer = review(scenario.reviewer(), id, Map.of("decision", "APPROVE", "jointDiscount", "60", "partnerShare", "70"));
        assertThat(byReviewer.getStatusCode().value()).as("a manager approves the terms").isEqualTo(403);
        assertThat(field(review(scenario.manager(), id, Map.of("decision", "APPROVE", "partnerShare", "70")))).isEqualTo("jointDiscount");
        assertThat(field(review(scenario.manager(), id, Map.of("decision", "APPROVE", "jointDiscount", "71", "partnerShare", "70"))))
                .as("above joint-max-discount").isEqualTo("jointDiscount");
        var approved = review(scenario.manager(), id, Map.of("decision", "APPROVE", "jointDiscount", "62", "partnerShare", "70"));
        assertThat(approved.getStatusCode().value()).as(String.valueOf(approved.getBody())).isEqualTo(200);
        JsonNode deal = partner.api().get("/api/deals/" + id).getBody();
        assertThat(deal.get("jointDiscount").decimalValue()).isEqualByComparingTo("62");
        assertThat(deal.get("partnerShare").decimalValue()).isEqualByComparingTo("70");

        String quotePath = "/api/partners/" + partner.partnerId() + "/quote";
        List<Map<String, Object>> lines = List.of(Map.of("item", "LICENSE_ON_PREMISES", "listPrice", "100000.00", "quantity", 1),
                Map.of("item", "TRAINING", "listPrice", "30000", "quantity", 1));
        JsonNode table = partner.api().post(quotePath, Map.of("lines", lines)).getBody();
        assertThat(table.get("lines").findValuesAsText("discountPercent")).containsExactly("35", "20");
        var joint = partner.api().post(quotePath, Map.of("lines", lines, "jointDealId", id));
        assertThat(joint.getStatusCode().value()).as(String.valueOf(joint.getBody())).isEqualTo(200);
        assertThat(joint.getBody().get("lines").findValuesAsText("discountPercent")).as("licences only").containsExactly("62", "20");
        assertThat(joint.getBody().get("jointSale").get("dealId").asLong()).isEqualTo(id);

        Scenario.Partner other = marketing.authorizedPartner();
        assertThat(other.api().post("/api/partners/" + other.partnerId() + "/quote", Map.of("lines", lines, "jointDealId", id))
                .getStatusCode().value()).as("another partner's deal").isEqualTo(404);
        long plain = partner.api().post("/api/deals", deal(false)).getBody().get("id").asLong();
        var notJoint = partner.api().post(quotePath, Map.of("lines", lines, "jointDealId", plain));
        assertThat(notJoint.getStatusCode().value()).isEqualTo(409);
        assertThat(notJoint.getBody().get("code").asText()).isEqualTo("conflict.deal.notJointApproved");

        var won = partner.api().post("/api/deals/" + id + "/won", Map.of("amount", new BigDecimal("1000000.00"),
                "closedAt", MarketingScenario.today().toString()));
        assertThat(won.getStatusCode().value()).as(String.valueOf(won.getBody())).isEqualTo(200);
        assertThat(jdbc.queryForObject("select amount from payment where partner_id = ? and reference = ?", BigDecimal.class,
                partner.partnerId(), "deal-" + id)).as("70% of the deal is the partner's revenue").isEqualByComparingTo("700000.00");
        // Other systems hear the full amount, as before, and beside it the partner's share of a joint sale.
        JsonNode told = new ObjectMapper().readTree(jdbc.queryForObject("select payload from integration_event where type = 'deal.won'"
                + " and (payload::jsonb -> 'data' ->> 'dealId')::bigint = ?", String.class, id)).get("data");
        assertThat(told.get("amount").asText()).isEqualTo("1000000.00");
        assertThat(told.get("joint").asBoolean()).isTrue();
        assertThat(told.get("partnerShare").asText()).isEqualTo("70.00");
        assertThat(told.get("partnerAmount").asText()).isEqualTo("700000.00");
    }

    private static ResponseEntity<JsonNode> review(dev.partnerprogram.support.ApiClient.As who, long id, Map<String, Object> body) {
        String task = Scenario.task(who, "deal", id, DealRegistrationProcess.USER_REVIEW_DEAL).get("id").asText();
        return Scenario.complete(who, task, body);
    }

    private static Map<String, Object> deal(boolean joint) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerName", "ООО «Совместная " + ThreadLocalRandom.current().nextInt(1_000_000) + "»");
        body.put("customerTaxId", String.valueOf(7_700_000_000L + ThreadLocalRandom.current().nextInt(100_000_000)));
        body.put("region", "Казань");
        body.put("expectedAmount", new BigDecimal("1000000.00"));
        body.put("expectedCloseDate", MarketingScenario.today().plusMonths(2).toString());
        body.put("joint", joint);
        return body;
    }

    private static String field(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
        return response.getBody().get("errors").get(0).get("field").asText();
    }
}
