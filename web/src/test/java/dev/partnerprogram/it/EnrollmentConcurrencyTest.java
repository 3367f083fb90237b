package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Race;
import dev.partnerprogram.support.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Enrolments of one partner arriving at the same moment on real PostgreSQL: the last free seat goes to exactly one
 * of them, and the University fund pays out no more than it holds.
 */
class EnrollmentConcurrencyTest extends IntegrationTest {

    private static final int PARALLEL = 8;

    @Test
    void parallelEnrolmentsForTheLastFreeSeat_exactlyOneIsFree_theRestPayTheDiscount() throws Exception {
        Scenario.Partner partner = scenario.authorizedPartner();
        assertThat(seatsLeft(partner)).isEqualTo(1);
        String setup = scenario.course("SETUP", "50000");
        long session = scenario.session(setup, 10, 50);

        List<ResponseEntity<JsonNode>> responses = Race.atOnce(PARALLEL, i -> scenario.enroll(partner, setup, session, "seat" + i, Map.of()));

        assertThat(responses).allSatisfy(r -> assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201));
        List<JsonNode> free = responses.stream().map(ResponseEntity::getBody).filter(b -> b.get("paidByQuota").asBoolean()).toList();
        List<JsonNode> paid = responses.stream().map(ResponseEntity::getBody).filter(b -> !b.get("paidByQuota").asBoolean()).toList();
        assertThat(free).hasSize(1);
        assertThat(free.get(0).get("price").decimalValue()).isEqualByComparingTo("0");
        assertThat(paid).hasSize(PARALLEL - 1).allSatisfy(b -> {
            assertThat(b.get("pricingRule").asText()).isEqualTo("PARTNER_DISCOUNT");
            assertThat(b.get("discount").decimalValue()).isEqualByComparingTo("20");
            assertThat(b.get("price").decimalValue()).isEqualByComparingTo("40000.00");
        });
        assertThat(seatsLeft(partner)).isZero();
    }

    @Test
    void parallelUniversityEnrolments_neverSpendMoreThanTheFundHolds() throws Exception {
        Scenario.Partner partner = scenario.authorizedPartner();
        var payment = scenario.admin().post("/api/admin/payments", Map.of("partnerId", partner.partnerId(),
                "paidOn", LocalDate.now(ZoneId.of("Europe/Moscow")).toString(), "amount", "1000000.00", "kind", "SOFTWARE"));
        assertThat(payment.getStatusCode().value()).as(String.valueOf(payment.getBody())).isEqualTo(201);
        assertThat(fund(partner)).isEqualByComparingTo("5000.00");
        String university = scenario.course("UNIVERSITY", "10000");
        long session = scenario.session(university, 10, 50);

        List<ResponseEntity<JsonNode>> responses = Race.atOnce(PARALLEL, i -> scenario.enroll(partner, university, session, "uni" + i,
                Map.of("payFromUniversityFund", true)));

        List<JsonNode> accepted = responses.stream().filter(r -> r.getStatusCode().value() == 201).map(ResponseEntity::getBody).toList();
        List<JsonNode> refused = responses.stream().filter(r -> r.getStatusCode().value() == 400).map(ResponseEntity::getBody).toList();
        assertThat(accepted.size() + refused.size()).isEqualTo(PARALLEL);
        // 8 000 after the 20% discount; the fund pays at most half of it, and holds 5 000: 4 000, then the last 1 000.
        assertThat(accepted).hasSize(2).allSatisfy(b -> {
            assertThat(b.get("price").decimalValue()).isEqualByComparingTo("8000.00");
            assertThat(b.get("fundContribution").decimalValue()).isLessThanOrEqualTo(new BigDecimal("4000.00"));
        });
        assertThat(accepted.stream().map(b -> b.get("fundContribution").decimalValue()).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new BigDecimal("4000"), new BigDecimal("1000"));
        assertThat(refused).allSatisfy(b -> assertThat(b.get("errors").get(0).get("field").asText()).isEqualTo("payFromUniversityFund"));
        assertThat(fund(partner)).isEqualByComparingTo("0");
        assertThat(partner.api().get("/api/enrollments?size=100").getBody().get("total").asLong())
                .as("only the basic course and the accepted enrolments exist").isEqualTo(1 + accepted.size());
    }

    private static int seatsLeft(Scenario.Partner partner) {
        return partner.api().get("/api/partners/" + partner.partnerId() + "/benefits").getBody().get("freeTrainingSeatsLeft").asInt();
    }

    private static BigDecimal fund(Scenario.Partner partner) {
        return partner.api().get("/api/partners/" + partner.partnerId() + "/benefits").getBody().get("universityFund").decimalValue();
    }
}
