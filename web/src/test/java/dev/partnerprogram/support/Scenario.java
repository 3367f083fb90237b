package dev.partnerprogram.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.ResponseEntity;

/** Steps of the partner-application journey over the API, for tests that need a company in a given state. */
public final class Scenario {
    public static final byte[] PDF = "%PDF-1.4\n% test document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    public record Partner(long partnerId, String email, String password, ApiClient.As api) {}

    private final ApiClient client;

    public Scenario(ApiClient client) {
        this.client = client;
    }

    public ApiClient.As reviewer() {
        return client.as("it-reviewer", IntegrationTest.STAFF_PASSWORD);
    }

    public ApiClient.As manager() {
        return client.as("it-manager", IntegrationTest.STAFF_PASSWORD);
    }

    public ApiClient.As admin() {
        return client.as("it-admin", IntegrationTest.STAFF_PASSWORD);
    }

    /** A fresh company with a unique tax id and e-mail. */
    public Partner registerCompany(String language) {
        long n = SEQUENCE.incrementAndGet();
        String taxId = String.format("%010d", n % 10_000_000_000L);
        String email = "partner" + n + "@company" + n + ".example";
        String password = "secret-" + n;
        var response = client.anonymous().post("/api/registrations", Map.of(
                "companyName", "ООО «Тест " + n + "»", "taxId", taxId, "region", "Казань", "contactName", "Тест Тестов",
                "email", email, "phone", "+7 843 000-00-00", "password", password, "language", language));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return new Partner(response.getBody().get("partnerId").asLong(), email, password, client.as(email, password));
    }

    public static Map<String, Object> applicationBody(String email) {
        return Map.of("requestedStatus", "AUTHORIZED", "companyName", "ООО «Тестовая компания»", "region", "Казань",
                "website", "https://test.example", "contactName", "Тест Тестов", "contactEmail", email,
                "contactPhone", "+7 843 000-00-00", "activities", List.of("RESALE", "IMPLEMENTATION"), "teamSize", 7,
                "description", "Продажи и внедрение");
    }

    public long apply(Partner partner) {
        var response = partner.api().post("/api/applications", applicationBody(partner.email()));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    /** The caller's open task on the application, by task key. */
    public static JsonNode task(ApiClient.As who, long applicationId, String taskKey) {
        List<JsonNode> found = new ArrayList<>();
        int page = 0;
        while (true) {
            JsonNode body = who.get("/api/tasks?size=100&page=" + page).getBody();
            body.get("items").forEach(t -> {
                if (t.get("subject").get("id").asLong() == applicationId && t.get("taskKey").asText().equals(taskKey)) {
                    found.add(t);
                }
            });
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                break;
            }
            page++;
        }
        assertThat(found).as("open task " + taskKey + " on application " + applicationId).hasSize(1);
        return found.get(0);
    }

    public static ResponseEntity<JsonNode> complete(ApiClient.As who, String taskId, Map<String, Object> body) {
        return who.post("/api/tasks/" + taskId + "/complete", body);
    }

    public static void completeOk(ApiClient.As who, long applicationId, String taskKey, Map<String, Object> body) {
        var response = complete(who, task(who, applicationId, taskKey).get("id").asText(), body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    }
}
