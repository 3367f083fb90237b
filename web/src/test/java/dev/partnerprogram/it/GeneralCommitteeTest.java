package dev.partnerprogram.it;

import static dev.partnerprogram.processes.StatusUpgradeProcess.USER_COMMITTEE_VOTE;
import static dev.partnerprogram.processes.StatusUpgradeProcess.USER_REVIEW_UPGRADE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.UpgradeIntegrationTest;
import dev.partnerprogram.support.UpgradeScenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Certified partner of three years asks for General: after the review a committee of three managers votes in
 * parallel tasks, each vote with its reason, nobody twice, and the majority decides.
 */
class GeneralCommitteeTest extends UpgradeIntegrationTest {

    @BeforeEach
    void setUp() {
        staff("it-manager-2", Set.of(Role.MANAGER, Role.REVIEWER), ReviewerGroups.ALL);
        staff("it-manager-3", Set.of(Role.MANAGER, Role.REVIEWER), ReviewerGroups.ALL);
    }

    @Test
    void theCommitteesMajorityDecides_eachManagerVotingOnceWithAReason() {
        Scenario.Partner partner = upgrades.eligibleForCertified(time);
        upgrades.upgradeApproved(partner, "CERTIFIED");
        upgrades.awaitStatus(partner, "CERTIFIED");
        time.advanceTo(partner.partnerId(), simulatedClock.instant().plus(Duration.ofDays(3 * 366 + 10)));
        upgrades.confirmedProjects(partner, 7, "LARGE");
        upgrades.certifiedSpecialists(partner, 3);

        JsonNode progress = upgrades.progress(partner);
        assertThat(progress.get("nextStatus").asText()).isEqualTo("GENERAL");
        assertThat(progress.get("committeeRequired").asBoolean()).isTrue();
        assertThat(progress.get("eligible").asBoolean()).as(progress.toString()).isTrue();
        assertThat(StatusUpgradeJourneyTest.criteria(progress)).contains("MEDIUM_PROJECTS 10 >= 10 true",
                "CERTIFIED_SPECIALISTS 5 >= 5 true");

        JsonNode application = upgrades.apply(partner, "GENERAL");
        long id = application.get("id").asLong();
        Scenario.completeOk(scenario.reviewer(), id, USER_REVIEW_UPGRADE, Map.of("decision", "APPROVE"));
        assertThat(partner.api().get("/api/applications/" + id).getBody().get("state").asText()).isEqualTo("COMMITTEE");
        List<String> votes = voteTasks(scenario.manager(), id);
        assertThat(votes).hasSize(3);
        assertThat(UpgradeScenario.tasksOn(scenario.reviewer(), "application", id)).as("only managers sit on the committee").isEmpty();

        ApiClient.As first = scenario.manager();
        ApiClient.As second = api.as("it-manager-2", STAFF_PASSWORD);
        ApiClient.As third = api.as("it-manager-3", STAFF_PASSWORD);
        assertThat(Scenario.complete(first, votes.get(0), Map.of("decision", "APPROVE", "comment", "Сильный портфель проектов"))
                .getStatusCode().value()).isEqualTo(200);
        var twice = Scenario.complete(first, votes.get(1), Map.of("decision", "APPROVE", "comment", "Ещё раз за"));
        assertThat(twice.getStatusCode().value()).as("nobody votes twice").isEqualTo(403);
        var withoutReason = Scenario.complete(second, votes.get(1), Map.of("decision", "REJECT"));
        assertThat(withoutReason.getStatusCode().value()).isEqualTo(400);
        assertThat(withoutReason.getBody().get("errors").get(0).get("field").asText()).isEqualTo("comment");
        assertThat(Scenario.complete(second, votes.get(1), Map.of("decision", "REJECT", "comment", "Мало опыта в госсекторе"))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(voteTasks(third, id)).hasSize(1);
        assertThat(partner.api().get("/api/applications/" + id).getBody().get("state").asText()).isEqualTo("COMMITTEE");
        assertThat(Scenario.complete(third, votes.get(2), Map.of("decision", "APPROVE", "comment", "Вклад в экосистему значим"))
                .getStatusCode().value()).isEqualTo(200);
        upgrades.awaitStatus(partner, "GENERAL");

        JsonNode decision = partner.api().get("/api/applications/" + id + "/decision").getBody();
        assertThat(decision.get("votesFor").asInt()).isEqualTo(2);
        assertThat(decision.get("votesAgainst").asInt()).isEqualTo(1);
        assertThat(decision.get("majority").asInt()).isEqualTo(2);
        assertThat(decision.get("votes").findValuesAsText("comment")).containsExactly("Сильный портфель проектов",
                "Мало опыта в госсекторе", "Вклад в экосистему значим");
        assertThat(decision.get("votes").findValuesAsText("voter")).containsExactly("it-manager", "it-manager-2", "it-manager-3");
        JsonNode benefits = upgrades.benefits(partner);
        assertThat(benefits.get("baseDiscount").decimalValue()).as("fixed for the partner year").isEqualByComparingTo("40");
        assertThat(benefits.at("/discountBreakdown/nextBaseDiscount").decimalValue()).isEqualByComparingTo("45");
        assertThat(benefits.get("maxOnPremDiscount").asInt()).isEqualTo(60);
        assertThat(benefits.get("freeLicensesLeft").asInt()).isEqualTo(80);
        assertThat(benefits.get("marketingMaterials").asText()).isEqualTo("INCLUDED");
        assertThat(upgrades.partner(partner).get("certificateNumber").asText()).endsWith("-G");
        assertThat(upgrades.progress(partner).get("nextStatus").isNull()).as("General is the highest tier").isTrue();
    }

    private static List<String> voteTasks(ApiClient.As manager, long applicationId) {
        List<String> ids = new ArrayList<>();
        JsonNode body = manager.get("/api/tasks?size=100").getBody();
        body.get("items").forEach(t -> {
            if (t.get("subject").get("id").asLong() == applicationId && t.get("taskKey").asText().equals(USER_COMMITTEE_VOTE)) {
                ids.add(t.get("id").asText());
            }
        });
        return ids;
    }
}
