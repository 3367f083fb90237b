package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Race;
import dev.partnerprogram.support.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on creating POSTs, on PostgreSQL: one creation per key, the first answer again, 422 for another body. */
class IdempotencyKeyTest extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, String body, String location, String contentType, boolean replayed) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aRepeatWithTheSameKeyAndBody_getsTheFirstAnswer_andCreatesNothingMore() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("en");
        String key = UUID.randomUUID().toString();
        String body = JSON.writeValueAsString(Scenario.applicationBody(partner.email()));

        Answer first = post(partner, "/api/applications", key, body);
        Answer again = post(partner, "/api/applications", key, body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.replayed()).isFalse();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.location()).isEqualTo(first.location()).isEqualTo("/api/applications/" + first.json().get("id").asLong());
        assertThat(again.contentType()).isEqualTo(first.contentType());
        assertThat(applications(partner)).isEqualTo(1);
        // Without the key the same request is a new one, refused here by the rule of one open application.
        assertThat(post(partner, "/api/applications", null, body).status()).isEqualTo(409);
    }

    @Test
    void theSameKeyWithAnotherBody_is422_andTheFirstAnswerStays() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("en");
        String key = UUID.randomUUID().toString();
        Answer first = post(scenario.manager(), planItems(partner), key, "{\"title\":\"Two case studies\"}");
        Answer other = post(scenario.manager(), planItems(partner), key, "{\"title\":\"Three case studies\"}");
        Answer elsewhere = post(scenario.manager(), "/api/partners/" + partner.partnerId() + "/consultations", key,
                "{\"title\":\"Two case studies\"}");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("code").asText()).isEqualTo("problem.idempotencyKeyReused");
        assertThat(other.json().get("detail").asText()).contains("Idempotency-Key");
        assertThat(elsewhere.status()).as("a key is one request: method, path and body").isEqualTo(422);
        assertThat(post(scenario.manager(), planItems(partner), key, "{\"title\":\"Two case studies\"}").body())
                .isEqualTo(first.body());
        assertThat(planItemCount(partner)).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithOneKey_createOnce_theOthersAre409OrTheReplay() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("en");
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"Raced goal\"}";

        List<Answer> answers = Race.atOnce(6, n -> post(scenario.manager(), planItems(partner), key, body));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
        List<Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
        assertThat(created).isNotEmpty();
        assertThat(created).extracting(Answer::body).containsOnly(created.get(0).body());
        assertThat(created.stream().filter(a -> !a.replayed())).hasSize(1);
        answers.stream().filter(a -> a.status() == 409).forEach(a -> {
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.json().get("code").asText()).isEqualTo("problem.idempotencyKeyInUse");
        });
        assertThat(planItemCount(partner)).isEqualTo(1);
    }

    @Test
    void aRefusedRequestGivesItsKeyBack_andAKeyPastItsWindowRunsAgain() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("en");
        String key = UUID.randomUUID().toString();

        Answer refused = post(scenario.manager(), planItems(partner), key, "{\"title\":\"\"}");
        Answer corrected = post(scenario.manager(), planItems(partner), key, "{\"title\":\"Corrected goal\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.replayed()).isFalse();

        jdbc.update("update idempotent_request set expires_at = ? where idempotency_key = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)), key);
        Answer afterWindow = post(scenario.manager(), planItems(partner), key, "{\"title\":\"Corrected goal\"}");
        assertThat(afterWindow.status()).isEqualTo(201);
        assertThat(afterWindow.replayed()).isFalse();
        assertThat(planItemCount(partner)).isEqualTo(2);
    }

    @Test
    void keysBelongToTheirCaller_andABadKeyIs400NamingTheHeader() throws Exception {
        Scenario.Partner one = scenario.registerCompany("en");
        Scenario.Partner two = scenario.registerCompany("en");
        String key = UUID.randomUUID().toString();

        Answer first = post(one, "/api/applications", key, JSON.writeValueAsString(Scenario.applicationBody(one.email())));
        Answer second = post(two, "/api/applications", key, JSON.writeValueAsString(Scenario.applicationBody(two.email())));
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as("another caller's key of the same text is another key").isEqualTo(201);
        assertThat(second.replayed()).isFalse();

        Answer bad = post(scenario.manager(), planItems(one), "x".repeat(201), "{\"title\":\"Goal\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(bad.json().get("errors").get(0).get("code").asText()).isEqualTo("error.idempotencyKey");
    }

    private String planItems(Scenario.Partner partner) {
        return "/api/partners/" + partner.partnerId() + "/plan/items";
    }

    private long planItemCount(Scenario.Partner partner) {
        return api.as("it-manager", STAFF_PASSWORD).get("/api/partners/" + partner.partnerId() + "/plan")
                .getBody().get("items").get("total").asLong();
    }

    private long applications(Scenario.Partner partner) {
        return partner.api().get("/api/applications").getBody().get("total").asLong();
    }

    private Answer post(Scenario.Partner partner, String path, String key, String body) {
        return post(partner.api(), path, key, body);
    }

    private Answer post(dev.partnerprogram.support.ApiClient.As as, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .header("Authorization", as.authorization())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
