package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerYearProcess.TIMER_NEXT_QUARTER;
import static dev.partnerprogram.support.UpgradeScenario.MOSCOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.partner.Quarter;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.TimeMachine;
import dev.partnerprogram.support.UpgradeIntegrationTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A won deal moves the partner's discount, on PostgreSQL and a simulated clock: a registration in conflict with another
 * partner's protected deal, a manager's decision, the deal won; at the next quarter's start the partner-year process sets
 * the additional discount from the two quarters' payments before it, of which the deal's amount now is one.
 */
class DealToQuarterlyDiscountTest extends UpgradeIntegrationTest {

    @Test
    void aConflictDecidedByAManager_thenWon_liftsTheNextQuartersAdditionalDiscount() {
        Scenario.Partner rival = scenario.authorizedPartner();
        Scenario.Partner partner = scenario.authorizedPartner();
        upgrades.awaitPartnerYear(time, partner);
        String customer = "Лютик " + ThreadLocalRandom.current().nextInt(1_000_000);
        long protectedDeal = register(rival, "ООО «" + customer + "»");
        Scenario.completeOk(scenario.manager(), "deal", protectedDeal, DealRegistrationProcess.USER_REVIEW_DEAL, Map.of("decision", "APPROVE"));

        long id = register(partner, customer + ", АО");
        assertThat(partner.api().get("/api/deals/" + id).getBody().get("state").asText()).isEqualTo("CONFLICT");
        Scenario.completeOk(scenario.manager(), "deal", id, DealRegistrationProcess.USER_RESOLVE_CONFLICT,
                Map.of("decision", "APPROVE", "comment", "Заказчик выбрал этого партнёра"));
        assertThat(upgrades.benefits(partner).get("additionalDiscount").decimalValue()).isEqualByComparingTo("0");

        // 6 000 000 ₽ over the two quarters with no development plan (0%): the table's first band that pays 5%.
        var won = partner.api().post("/api/deals/" + id + "/won", Map.of("amount", new BigDecimal("6000000.00"),
                "closedAt", upgrades.today().toString()));
        assertThat(won.getStatusCode().value()).as(String.valueOf(won.getBody())).isEqualTo(200);
        Quarter next = Quarter.of(upgrades.today()).next();
        TimeMachine.Tick tick;
        do {
            tick = time.next(partner.partnerId(), next.start().plusDays(1).atStartOfDay(MOSCOW).toInstant()).orElseThrow();
        } while (!tick.is(PartnerYearProcess.KEY, TIMER_NEXT_QUARTER));

        JsonNode benefits = upgrades.benefits(partner);
        assertThat(benefits.at("/discountBreakdown/quarter").asText()).isEqualTo(next.toString());
        assertThat(benefits.at("/discountBreakdown/revenue").decimalValue()).isEqualByComparingTo("6000000.00");
        assertThat(benefits.get("additionalDiscount").decimalValue()).isEqualByComparingTo("5");
        assertThat(benefits.get("onPremDiscount").decimalValue()).isEqualByComparingTo("40");
    }

    private long register(Scenario.Partner partner, String customer) {
        Map<String, Object> body = new HashMap<>();
        body.put("customerName", customer);
        body.put("customerTaxId", String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
        body.put("region", "Казань");
        body.put("expectedAmount", new BigDecimal("6000000.00"));
        body.put("expectedCloseDate", upgrades.today().plusMonths(1).toString());
        var response = partner.api().post("/api/deals", body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }
}
