package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.LeanRequestContext;
import dev.partnerprogram.support.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inbox's next page by cursor (keyset) and its total counted only up to a cap, here a small one so that a handful
 * of tasks goes past it.
 */
@LeanRequestContext
class InboxPagingTest extends IntegrationTest {
    private static final String REVIEWS = "/api/tasks?size=2&task=user_review_application&sort=OLDEST";

    @Test
    void pagesByCursor_holdTheSameTasksAsNumberedPages_andTheTotalStopsAtTheCap() {
        for (int i = 0; i < 5; i++) {
            scenario.apply(scenario.registerCompany("ru"));
        }
        Scenario.Partner partner = scenario.registerCompany("en");
        scenario.apply(partner);

        List<String> numbered = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = scenario.reviewer().get(REVIEWS + "&page=" + page).getBody().get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(t -> numbered.add(t.get("id").asText()));
        }
        List<String> byCursor = new ArrayList<>();
        JsonNode body = scenario.reviewer().get(REVIEWS).getBody();
        assertThat(body.get("total").asLong()).as("counted up to the cap").isEqualTo(4);
        assertThat(body.get("totalCapped").asBoolean()).isTrue();
        while (true) {
            body.get("items").forEach(t -> byCursor.add(t.get("id").asText()));
            if (body.get("next").isNull()) {
                break;
            }
            body = scenario.reviewer().get(REVIEWS + "&after=" + body.get("next").asText()).getBody();
        }
        assertThat(byCursor).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates().containsExactlyElementsOf(numbered);

        JsonNode own = scenario.reviewer().get("/api/tasks?size=2&partner=" + partner.partnerId()).getBody();
        assertThat(own.get("total").asLong()).as("a short list is counted exactly").isEqualTo(1);
        assertThat(own.get("totalCapped").asBoolean()).isFalse();
        assertThat(own.get("next").isNull()).isTrue();
    }

    @Test
    void aCursorThatIsNotOne_isABadRequestNamingTheParameter() {
        ApiClient.As reviewer = scenario.reviewer();
        var answer = reviewer.get("/api/tasks?after=not-a-cursor");
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().toString()).contains("after");
    }
}
