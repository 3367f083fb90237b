package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerYearProcess.TIMER_NEXT_QUARTER;
import static dev.partnerprogram.processes.PartnerYearProcess.TIMER_PARTNER_YEAR_ENDED;
import static dev.partnerprogram.processes.PartnerYearProcess.TIMER_TIER_REVIEW_DUE;
import static dev.partnerprogram.support.UpgradeScenario.MOSCOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.partner.BenefitQuota;
import dev.partnerprogram.partner.BenefitQuotaRepository;
import dev.partnerprogram.partner.Quarter;
import dev.partnerprogram.partner.QuotaKind;
import dev.partnerprogram.processes.FreeTrainingSeatsProcess;
import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.TimeMachine;
import dev.partnerprogram.support.UpgradeIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A partner's whole first year on a simulated clock: the benefits right after the grant, the additional discount set at
 * each quarter's start from the two quarters' payments before it and the development plan, the monthly consultation
 * hours, the yearly review, and the year's end with the next year's base discount and quotas (the old year's unused free
 * seat lapsing once, by the training module's timer).
 */
class SimulatedPartnerYearTest extends UpgradeIntegrationTest {

    @Autowired
    BenefitQuotaRepository quotas;

    @Test
    void aWholePartnerYear_quarterByQuarter_toTheStartOfTheNext() {
        Scenario.Partner partner = scenario.authorizedPartner();
        upgrades.awaitPartnerYear(time, partner);
        long id = partner.partnerId();
        JsonNode profile = upgrades.partner(partner);
        LocalDate yearStart = LocalDate.parse(profile.at("/partnerYear/start").asText());
        LocalDate yearEnd = LocalDate.parse(profile.at("/partnerYear/end").asText());
        Quarter first = Quarter.of(upgrades.today());

        JsonNode granted = upgrades.benefits(partner);
        assertThat(granted.get("status").asText()).isEqualTo("AUTHORIZED");
        assertDiscounts(granted, 35, 0);
        assertThat(granted.get("maxOnPremDiscount").asInt()).isEqualTo(50);
        assertThat(granted.get("freeTrainingSeatsLeft").asInt()).isEqualTo(1);
        assertThat(granted.get("freeLicensesLeft").asInt()).isEqualTo(20);
        assertThat(granted.get("consultationHoursLeftThisMonth").asInt()).isEqualTo(5);
        assertThat(granted.at("/discountBreakdown/quarter").asText()).isEqualTo(first.toString());
        assertThat(granted.at("/discountBreakdown/baseFixedUntil").asText()).isEqualTo(yearEnd.toString());
        assertThat(time.partnerYearTimer(id, TIMER_NEXT_QUARTER).getDuedate().toInstant())
                .isEqualTo(first.next().start().atStartOfDay(MOSCOW).toInstant());
        assertThat(time.partnerYearTimer(id, TIMER_TIER_REVIEW_DUE).getDuedate().toInstant())
                .isEqualTo(yearEnd.plusDays(1).minusDays(45).atStartOfDay(MOSCOW).toInstant());
        assertThat(time.partnerYearTimer(id, TIMER_PARTNER_YEAR_ENDED).getDuedate().toInstant())
                .isEqualTo(yearEnd.plusDays(1).atStartOfDay(MOSCOW).toInstant());

        consult(partner, 3);
        requestLicences(partner, 5);
        long secondGoal = plan(partner);
        Map<Quarter, BigDecimal> paid = new HashMap<>();
        pay(partner, paid, "2000000.00");
        JsonNode used = upgrades.benefits(partner);
        assertThat(used.get("consultationHoursLeftThisMonth").asInt()).isEqualTo(2);
        assertThat(used.get("freeLicensesLeft").asInt()).isEqualTo(15);

        List<TimeMachine.Tick> steps = new ArrayList<>();
        int plan = 50;
        TimeMachine.Tick tick;
        do {
            tick = time.next(id, yearEnd.plusDays(2).atStartOfDay(MOSCOW).toInstant()).orElseThrow();
            steps.add(tick);
            if (tick.is(PartnerYearProcess.KEY, TIMER_NEXT_QUARTER)) {
                Quarter quarter = Quarter.of(upgrades.today());
                BigDecimal revenue = paid.getOrDefault(quarter.previous().previous(), BigDecimal.ZERO)
                        .add(paid.getOrDefault(quarter.previous(), BigDecimal.ZERO));
                JsonNode benefits = upgrades.benefits(partner);
                assertDiscounts(benefits, 35, Math.min(band(revenue, plan), 50 - 35));
                assertThat(benefits.at("/discountBreakdown/quarter").asText()).isEqualTo(quarter.toString());
                assertThat(benefits.at("/discountBreakdown/revenue").decimalValue()).isEqualByComparingTo(revenue);
                assertThat(benefits.at("/discountBreakdown/revenueFrom").asText()).isEqualTo(quarter.previous().previous().start().toString());
                assertThat(benefits.at("/discountBreakdown/planCompletion").asInt()).isEqualTo(plan);
                assertThat(benefits.get("consultationHoursLeftThisMonth").asInt()).as("a new month's hours").isEqualTo(5);
                if (quarter.equals(first.next())) {
                    pay(partner, paid, "5000000.00");
                    upgrades.markPlanItem(partner, secondGoal, true);
                    plan = 100;
                }
            } else if (tick.is(PartnerYearProcess.KEY, TIMER_TIER_REVIEW_DUE)) {
                JsonNode review = scenario.manager().get("/api/partners/" + id + "/tier-reviews").getBody().get("items").get(0);
                assertThat(review.get("state").asText()).isEqualTo("MET");
                assertThat(review.at("/evidence/criteria")).as("the base tier has no criteria to keep").isEmpty();
            }
        } while (!tick.is(PartnerYearProcess.KEY, TIMER_PARTNER_YEAR_ENDED));

        assertThat(steps).filteredOn(t -> t.is(PartnerYearProcess.KEY, TIMER_NEXT_QUARTER)).hasSizeBetween(3, 4);
        assertThat(steps).filteredOn(t -> t.is(PartnerYearProcess.KEY, TIMER_TIER_REVIEW_DUE)).hasSize(1);
        assertThat(steps).as("the old year's seats lapse by their own timer, once, before the next year opens")
                .filteredOn(t -> t.processKey().equals(FreeTrainingSeatsProcess.KEY)).hasSize(1)
                .allMatch(t -> t.at().isBefore(steps.get(steps.size() - 1).at().plusSeconds(1)));

        JsonNode renewed = upgrades.partner(partner);
        assertThat(renewed.at("/partnerYear/start").asText()).isEqualTo(yearEnd.plusDays(1).toString());
        assertThat(renewed.at("/partnerYear/end").asText()).isEqualTo(yearEnd.plusYears(1).toString());
        JsonNode nextYear = upgrades.benefits(partner);
        assertThat(nextYear.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(nextYear.get("baseDiscount").decimalValue()).isEqualByComparingTo("35");
        assertThat(nextYear.get("freeTrainingSeatsLeft").asInt()).isEqualTo(1);
        assertThat(nextYear.get("freeLicensesLeft").asInt()).isEqualTo(20);
        assertThat(nextYear.at("/discountBreakdown/quarter").asText()).isEqualTo(Quarter.of(upgrades.today()).toString());

        BenefitQuota oldSeats = quotas.findCurrent(id, QuotaKind.FREE_TRAINING_SEATS, yearStart).orElseThrow();
        BenefitQuota newSeats = quotas.findCurrent(id, QuotaKind.FREE_TRAINING_SEATS, yearEnd.plusDays(1)).orElseThrow();
        assertThat(oldSeats.getExpired()).as("the unused seat lapses once").isEqualTo(1);
        assertThat(oldSeats.getExpiredAt()).isNotNull();
        assertThat(newSeats.getExpiredAt()).isNull();
        assertThat(newSeats.left()).isEqualTo(1);

        List<String> subjects = outbox.findByRecipientOrderByIdAsc(partner.email()).stream().map(m -> m.getSubject()).toList();
        assertThat(subjects).contains("Начался новый партнёрский год", "Дополнительная скидка на " + first.next() + ": 5%");
    }

    /** The [default] bands of dmn/quarterly-discount.dmn, as the partner reads them in the program's rules. */
    private static int band(BigDecimal revenue, int plan) {
        double r = revenue.doubleValue();
        if (r < 1_000_000) {
            return 0;
        }
        if (r < 3_000_000) {
            return plan >= 50 ? 5 : 0;
        }
        if (r < 6_000_000) {
            return plan >= 80 ? 10 : plan >= 50 ? 5 : 0;
        }
        return plan >= 80 ? 15 : plan >= 50 ? 10 : 5;
    }

    private static void assertDiscounts(JsonNode benefits, int base, int additional) {
        assertThat(benefits.get("baseDiscount").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(base));
        assertThat(benefits.get("additionalDiscount").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(additional));
        assertThat(benefits.get("onPremDiscount").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(base + additional));
    }

    private void consult(Scenario.Partner partner, int hours) {
        var response = scenario.reviewer().post("/api/partners/" + partner.partnerId() + "/consultations",
                Map.of("consultedOn", upgrades.today().toString(), "hours", hours, "topic", "Настройка маршрутов согласования"));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
    }

    private void requestLicences(Scenario.Partner partner, int quantity) {
        var response = partner.api().post("/api/partners/" + partner.partnerId() + "/licence-requests",
                Map.of("quantity", quantity, "purpose", "Стенд для демонстраций"));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
    }

    /** Two goals, one done: the plan is half fulfilled. Answers the open goal. */
    private long plan(Scenario.Partner partner) {
        long done = upgrades.addPlanItem(partner, "Сертифицировать двух специалистов");
        long open = upgrades.addPlanItem(partner, "Провести семинар для заказчиков региона");
        upgrades.markPlanItem(partner, done, true);
        return open;
    }

    private void pay(Scenario.Partner partner, Map<Quarter, BigDecimal> paid, String amount) {
        LocalDate today = upgrades.today();
        upgrades.pay(partner, today, amount);
        paid.merge(Quarter.of(today), new BigDecimal(amount), BigDecimal::add);
    }
}
