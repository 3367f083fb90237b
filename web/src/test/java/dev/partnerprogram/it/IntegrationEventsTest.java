package dev.partnerprogram.it;

import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_RECORD_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each event type other systems may subscribe to is written by the change it reports, through the API, on PostgreSQL
 * (deal.won: DealRegistrationJourneyTest; delivery, signatures and the feed: WebhookDeliveryTest). The events are read
 * as soon as the request that caused them has answered: they are committed with it, not sent after it.
 */
class IntegrationEventsTest extends MarketingIntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theJoinJourney_tellsTheDecisionTheAgreementTheGrantsAndTheStatus() {
        Scenario.Partner partner = scenario.authorizedPartner();

        JsonNode decided = only(partner.partnerId(), "application.decided");
        assertThat(decided.get("data").get("decision").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("data").get("requestedStatus").asText()).isEqualTo("AUTHORIZED");
        JsonNode status = only(partner.partnerId(), "partner.status-changed");
        assertThat(status.get("data").get("to").asText()).isEqualTo("AUTHORIZED");
        assertThat(status.get("data").get("applicationId").asLong()).isEqualTo(decided.get("data").get("applicationId").asLong());
        assertThat(events(partner.partnerId(), "agreement.changed")).as("agreement.changed").isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("data").get("number").asText()).isNotBlank());
        assertThat(events(partner.partnerId(), "access-grant.changed")).as("access-grant.changed").isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("data").get("change").asText()).isEqualTo("GRANTED"));
    }

    @Test
    void aRecordedPayment_tellsCompensationPaid_once() {
        Scenario.Partner partner = marketing.authorizedPartner();
        long id = marketing.approvedToday(partner, marketing.budget("1000000.00"), "20000.00");
        marketing.claimedAndAccepted(partner, id, "Аренда зала", "10000.00");
        assertThat(events(partner.partnerId(), "compensation.paid")).as("nothing is paid before the payment is recorded").isEmpty();

        var paid = Scenario.complete(scenario.reviewer(), MarketingScenario.task(scenario.reviewer(), id, USER_RECORD_PAYMENT)
                .get("id").asText(), Map.of("paymentDate", MarketingScenario.today().toString(), "paymentDocument", "ПП-И-" + id));
        assertThat(paid.getStatusCode().value()).as(String.valueOf(paid.getBody())).isEqualTo(200);

        JsonNode event = only(partner.partnerId(), "compensation.paid");
        assertThat(event.get("data").get("compensationId").asLong()).isEqualTo(id);
        assertThat(event.get("data").get("amount").asText()).isEqualTo("5000.00");
        assertThat(event.get("data").get("paymentDocument").asText()).isEqualTo("ПП-И-" + id);
    }

    private JsonNode only(long partnerId, String type) {
        List<JsonNode> found = events(partnerId, type);
        assertThat(found).as(type + " events of partner " + partnerId).hasSize(1);
        return found.get(0);
    }

    private List<JsonNode> events(long partnerId, String type) {
        return jdbc.queryForList("select payload from integration_event where partner_id = ? and type = ? order by id",
                String.class, partnerId, type).stream().map(IntegrationEventsTest::parse).toList();
    }

    private static JsonNode parse(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
