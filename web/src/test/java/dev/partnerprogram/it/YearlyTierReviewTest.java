package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerYearProcess.TIMER_PARTNER_YEAR_ENDED;
import static dev.partnerprogram.processes.PartnerYearProcess.TIMER_TIER_REVIEW_DUE;
import static dev.partnerprogram.processes.PartnerYearProcess.USER_DECIDE_TIER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.UpgradeIntegrationTest;
import dev.partnerprogram.support.UpgradeScenario;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The yearly review of a Certified partner whose payments stopped: flagged to the managers with the evidence, lowered by
 * a manager with the notice to the partner, and Authorized again from the start of the next partner year.
 */
class YearlyTierReviewTest extends UpgradeIntegrationTest {

    @Test
    void aPartnerNoLongerMeetingItsTier_isFlagged_loweredByAManager_withNotice_atTheNextYearsStart() {
        Scenario.Partner partner = upgrades.eligibleForCertified(time);
        long id = partner.partnerId();
        upgrades.upgradeApproved(partner, "CERTIFIED");
        upgrades.awaitStatus(partner, "CERTIFIED");
        LocalDate yearEnd = LocalDate.parse(upgrades.partner(partner).at("/partnerYear/end").asText());

        var reviewDue = time.partnerYearTimer(id, TIMER_TIER_REVIEW_DUE).getDuedate().toInstant();
        time.advanceTo(id, reviewDue.plus(Duration.ofHours(1)));

        JsonNode review = scenario.manager().get("/api/partners/" + id + "/tier-reviews").getBody().get("items").get(0);
        assertThat(review.get("state").asText()).isEqualTo("FLAGGED");
        assertThat(review.get("status").asText()).isEqualTo("CERTIFIED");
        assertThat(StatusUpgradeJourneyTest.criteria(review.get("evidence"))).contains("REVENUE_LAST_QUARTER 0 > 0 false",
                "MEDIUM_PROJECTS 3 >= 3 true").noneMatch(c -> c.startsWith("MONTHS_IN_TIER"));
        assertThat(scenario.manager().get("/api/tier-reviews?size=100").getBody().get("items").findValuesAsText("partnerId"))
                .contains(String.valueOf(id));
        assertThat(outbox.findByRecipientOrderByIdAsc("it-manager@vendor.example").stream().map(m -> m.getSubject()))
                .anyMatch(s -> s.startsWith("Ежегодный пересмотр:") && s.endsWith("не выполняет требования статуса"));
        assertThat(UpgradeScenario.tasksOn(scenario.reviewer(), "partner", id)).as("managers decide").isEmpty();
        JsonNode task = Scenario.task(scenario.manager(), "partner", id, USER_DECIDE_TIER);
        assertThat(task.get("due").asText()).isNotBlank();

        var withoutReason = Scenario.complete(scenario.manager(), task.get("id").asText(), Map.of("decision", "LOWER"));
        assertThat(withoutReason.getStatusCode().value()).isEqualTo(400);
        Scenario.completeOk(scenario.manager(), "partner", id, USER_DECIDE_TIER,
                Map.of("decision", "LOWER", "comment", "Нет платежей два квартала подряд"));

        JsonNode lowered = partner.api().get("/api/partners/" + id + "/tier-reviews").getBody().get("items").get(0);
        assertThat(lowered.get("state").asText()).isEqualTo("LOWERED");
        assertThat(lowered.get("demoteTo").asText()).isEqualTo("AUTHORIZED");
        assertThat(lowered.get("effectiveOn").asText()).isEqualTo(yearEnd.plusDays(1).toString());
        assertThat(LocalDate.parse(lowered.get("effectiveOn").asText())).isAfterOrEqualTo(upgrades.today().plusDays(30));
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email()).stream().map(m -> m.getSubject()))
                .as("the day as the reader's pages show it")
                .contains("Уведомление о понижении статуса с " + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(yearEnd.plusDays(1)));
        assertThat(upgrades.benefits(partner).get("status").asText()).as("until the year ends").isEqualTo("CERTIFIED");

        var ticks = time.advanceTo(id, yearEnd.plusDays(2).atStartOfDay(UpgradeScenario.MOSCOW).toInstant());
        assertThat(ticks).anyMatch(t -> t.activityId().equals(TIMER_PARTNER_YEAR_ENDED));

        JsonNode benefits = upgrades.benefits(partner);
        assertThat(benefits.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(benefits.get("baseDiscount").decimalValue()).isEqualByComparingTo("35");
        assertThat(benefits.get("maxOnPremDiscount").asInt()).isEqualTo(50);
        assertThat(benefits.get("freeLicensesLeft").asInt()).isEqualTo(20);
        assertThat(benefits.get("freeTrainingSeatsLeft").asInt()).isEqualTo(1);
        JsonNode profile = upgrades.partner(partner);
        assertThat(profile.at("/partnerYear/start").asText()).isEqualTo(yearEnd.plusDays(1).toString());
        assertThat(profile.get("certificateNumber").asText()).endsWith("-A");
        JsonNode last = profile.get("statusHistory").get(profile.get("statusHistory").size() - 1);
        assertThat(last.get("from").asText() + ">" + last.get("to").asText()).isEqualTo("CERTIFIED>AUTHORIZED");
        assertThat(last.get("reason").asText()).contains("tier lowered by it-manager");
        JsonNode applied = partner.api().get("/api/partners/" + id + "/tier-reviews").getBody().get("items").get(0);
        assertThat(applied.get("yearStart").asText()).isEqualTo(lowered.get("yearStart").asText());
        assertThat(applied.get("appliedAt").isNull()).as("the demotion took effect").isFalse();
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email()).stream().map(m -> m.getSubject()))
                .contains("Статус партнёра изменён");
    }
}
