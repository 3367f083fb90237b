package dev.partnerprogram.it;

import static dev.partnerprogram.processes.StatusUpgradeProcess.USER_REVIEW_UPGRADE;
import static dev.partnerprogram.processes.StatusUpgradeProcess.USER_REVISE_UPGRADE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.UpgradeIntegrationTest;
import dev.partnerprogram.support.UpgradeScenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An Authorized partner asks for Certified over the API: refused at once by the rules while it does not meet them, with
 * every criterion shown before and in the decision; once eligible, reviewed (with a rework round) and granted, after
 * which its discounts, quotas, certificate, directory entry and history follow the new tier.
 */
class StatusUpgradeJourneyTest extends UpgradeIntegrationTest {

    @Test
    void notYetEligible_theProgressShowsEachCriterion_andAnApplicationIsRejectedAtOnceWithTheFailedOnes() {
        Scenario.Partner partner = scenario.authorizedPartner();
        upgrades.confirmedProjects(partner, 1, "LARGE");

        JsonNode progress = upgrades.progress(partner);
        assertThat(progress.get("currentStatus").asText()).isEqualTo("AUTHORIZED");
        assertThat(progress.get("nextStatus").asText()).isEqualTo("CERTIFIED");
        assertThat(progress.get("eligible").asBoolean()).isFalse();
        assertThat(progress.get("committeeRequired").asBoolean()).isFalse();
        assertThat(criteria(progress)).containsExactly("MONTHS_IN_TIER 0 >= 12 false", "MEDIUM_PROJECTS 1 >= 3 false",
                "CERTIFIED_SPECIALISTS 0 >= 2 false", "REVENUE_LAST_QUARTER 0 > 0 false", "REVENUE_QUARTER_BEFORE 0 > 0 false",
                "DEVELOPMENT_PLAN 0 >= 0 true");
        assertThat(progress.get("criteria").get(1).get("label").asText()).isEqualTo("Завершённые проекты средней сложности и выше");

        JsonNode application = upgrades.apply(partner, "CERTIFIED");
        long id = application.get("id").asLong();
        assertThat(application.get("state").asText()).isEqualTo("REJECTED");
        assertThat(application.get("requestedStatus").asText()).isEqualTo("CERTIFIED");
        assertThat(application.get("decisionReason").asText()).startsWith("not eligible: MONTHS_IN_TIER 0 does not meet >= 12")
                .doesNotContain("DEVELOPMENT_PLAN");

        JsonNode decision = partner.api().get("/api/applications/" + id + "/decision").getBody();
        assertThat(decision.at("/eligibility/eligible").asBoolean()).isFalse();
        assertThat(criteria(decision.get("eligibility"))).hasSize(6).contains("MEDIUM_PROJECTS 1 >= 3 false");
        assertThat(UpgradeScenario.tasksOn(scenario.reviewer(), "application", id)).as("nobody reviews it").isEmpty();
        assertThat(mails(partner)).contains("Заявка № " + id + ": требования статуса «Сертифицированный партнёр» пока не выполнены");
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email()).stream()
                .filter(m -> m.getSubject().startsWith("Заявка № " + id + ": требования")).findFirst().orElseThrow().getBody())
                .contains("— завершённых проектов средней сложности и выше: 1 (нужно >= 3)")
                .doesNotContain("выполнение плана развития");
    }

    @Test
    void eligible_reworkedThenApproved_becomesCertified_andItsBenefitsFollowFromThatDay() {
        Scenario.Partner partner = upgrades.eligibleForCertified(time);
        long id = partner.partnerId();
        var licences = partner.api().post("/api/partners/" + id + "/licence-requests", Map.of("quantity", 5, "purpose", "Тестовый стенд"));
        assertThat(licences.getStatusCode().value()).isEqualTo(201);
        var consulted = scenario.reviewer().post("/api/partners/" + id + "/consultations",
                Map.of("consultedOn", upgrades.today().toString(), "hours", 2, "topic", "Обновление до новой версии"));
        assertThat(consulted.getStatusCode().value()).isEqualTo(201);
        assertThat(upgrades.progress(partner).get("eligible").asBoolean()).isTrue();

        JsonNode application = upgrades.apply(partner, "CERTIFIED");
        long applicationId = application.get("id").asLong();
        assertThat(application.get("state").asText()).isEqualTo("IN_REVIEW");
        var second = partner.api().post("/api/applications", Map.of("requestedStatus", "CERTIFIED"));
        assertThat(second.getStatusCode().value()).as("a second open upgrade request").isEqualTo(409);

        JsonNode review = Scenario.task(scenario.reviewer(), applicationId, USER_REVIEW_UPGRADE);
        assertThat(review.get("candidateGroups").toString()).contains("partner-managers");
        assertThat(review.get("due").isNull()).isFalse();
        Scenario.completeOk(scenario.reviewer(), applicationId, USER_REVIEW_UPGRADE,
                Map.of("decision", "REWORK", "comment", "Приложите описание крупнейшего проекта"));
        Scenario.completeOk(partner.api(), applicationId, USER_REVISE_UPGRADE,
                Map.of("description", "Внедрение в холдинге на 3000 рабочих мест", "comment", "Добавили описание"));
        assertThat(partner.api().get("/api/applications/" + applicationId).getBody().get("state").asText()).isEqualTo("IN_REVIEW");
        Scenario.completeOk(scenario.reviewer(), applicationId, USER_REVIEW_UPGRADE,
                Map.of("decision", "APPROVE", "comment", "Портфель подтверждён"));
        upgrades.awaitStatus(partner, "CERTIFIED");

        JsonNode granted = partner.api().get("/api/applications/" + applicationId).getBody();
        assertThat(granted.get("state").asText()).isEqualTo("APPROVED");
        assertThat(granted.get("description").asText()).isEqualTo("Внедрение в холдинге на 3000 рабочих мест");
        assertThat(granted.get("history").findValuesAsText("action")).containsSubsequence("SUBMITTED", "ELIGIBILITY_CHECKED",
                "REWORK_REQUESTED", "RESUBMITTED", "ELIGIBILITY_CHECKED", "REVIEW_APPROVED", "STATUS_GRANTED");

        JsonNode benefits = upgrades.benefits(partner);
        assertThat(benefits.get("status").asText()).isEqualTo("CERTIFIED");
        // Quotas change at once; the base discount stays the year's until the next partner year (the seed's footnote 1).
        assertThat(benefits.get("baseDiscount").decimalValue()).isEqualByComparingTo("35");
        assertThat(benefits.at("/discountBreakdown/nextBaseDiscount").decimalValue()).isEqualByComparingTo("40");
        assertThat(benefits.at("/discountBreakdown/nextBaseFrom").asText()).isEqualTo(
                LocalDate.parse(upgrades.partner(partner).at("/partnerYear/end").asText()).plusDays(1).toString());
        assertThat(benefits.get("maxOnPremDiscount").asInt()).isEqualTo(55);
        assertThat(benefits.get("subscriptionDiscount").asInt()).isEqualTo(40);
        assertThat(benefits.get("freeLicenses").asInt()).isEqualTo(40);
        assertThat(benefits.get("freeLicensesLeft").asInt()).as("40 less the 5 requested this year").isEqualTo(35);
        assertThat(benefits.get("freeTrainingSeatsLeft").asInt()).as("2 less none used this year").isEqualTo(2);
        assertThat(benefits.get("consultationHoursLeftThisMonth").asInt()).as("10 less the 2 given this month").isEqualTo(8);
        assertThat(benefits.get("marketingMaterials").asText()).isEqualTo("ON_REQUEST");

        JsonNode profile = upgrades.partner(partner);
        assertThat(profile.get("certificateNumber").asText()).endsWith("-C");
        JsonNode last = profile.get("statusHistory").get(profile.get("statusHistory").size() - 1);
        assertThat(last.get("from").asText()).isEqualTo("AUTHORIZED");
        assertThat(last.get("to").asText()).isEqualTo("CERTIFIED");
        JsonNode listed = findInDirectory(profile.get("companyName").asText());
        assertThat(listed.get("status").asText()).isEqualTo("CERTIFIED");
        assertThat(mails(partner)).contains("Присвоен статус партнёра");
        assertThat(upgrades.progress(partner).get("nextStatus").asText()).isEqualTo("GENERAL");
    }

    private JsonNode findInDirectory(String companyName) {
        for (int page = 0; ; page++) {
            JsonNode body = api.anonymous().get("/api/directory?size=100&page=" + page).getBody();
            for (JsonNode entry : body.get("items")) {
                if (entry.get("companyName").asText().equals(companyName)) {
                    return entry;
                }
            }
            assertThat((long) (page + 1) * 100).as("listed in the directory").isLessThan(body.get("total").asLong());
        }
    }

    private List<String> mails(Scenario.Partner partner) {
        return outbox.findByRecipientOrderByIdAsc(partner.email()).stream().map(m -> m.getSubject()).toList();
    }

    static List<String> criteria(JsonNode progress) {
        List<String> lines = new ArrayList<>();
        progress.get("criteria").forEach(c -> lines.add(c.get("criterion").asText() + " " + c.get("actual").decimalValue()
                .stripTrailingZeros().toPlainString() + " " + c.get("comparison").asText() + " "
                + c.get("threshold").decimalValue().stripTrailingZeros().toPlainString() + " " + c.get("met").asBoolean()));
        return lines;
    }
}
