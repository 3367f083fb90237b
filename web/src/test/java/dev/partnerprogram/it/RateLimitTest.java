package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/**
 * Registrations, resets and invitations are limited per address and per client address, counted in the database:
 * the request over a limit is 429 problem+json with {@code Retry-After}. Small limits of its own (an application
 * context of its own); every request here comes from 127.0.0.1.
 */
@TestPropertySource(properties = {"partner-program.rate-limits.per-address=3", "partner-program.rate-limits.per-client=5"})
class RateLimitTest extends IntegrationTest {

    @BeforeEach
    void freshWindows() {
        jdbc.update("delete from rate_limit_window");
    }

    @Test
    void theFourthResetForOneAddress_isRefusedWithRetryAfter() {
        String email = address();
        for (int i = 0; i < 3; i++) {
            assertThat(reset(email).getStatusCode().value()).isEqualTo(202);
        }

        var refused = reset(email.toUpperCase());

        assertTooMany(refused);
        assertThat(jdbc.queryForObject("select hits from rate_limit_window where bucket = ?", Integer.class,
                "PASSWORD_RESET:address:" + email)).as("counted in the database, for every node").isEqualTo(4);
    }

    @Test
    void theSixthResetFromOneClient_isRefused_whateverTheAddress() {
        for (int i = 0; i < 5; i++) {
            assertThat(reset(address()).getStatusCode().value()).isEqualTo(202);
        }
        assertTooMany(reset(address()));
    }

    @Test
    void registrationsAndInvitations_areLimitedToo() {
        Scenario.Partner owner = scenario.registerCompany("en");
        String email = address();
        for (int i = 0; i < 3; i++) {
            assertThat(owner.api().post("/api/partners/" + owner.partnerId() + "/invitations",
                    Map.of("email", email, "displayName", "Коллега", "language", "en")).getStatusCode().value()).isEqualTo(201);
        }
        assertTooMany(owner.api().post("/api/partners/" + owner.partnerId() + "/invitations",
                Map.of("email", email, "displayName", "Коллега", "language", "en")));

        String taken = address();
        for (int i = 0; i < 3; i++) {
            assertThat(register(taken, i).getStatusCode().value()).isIn(201, 409);
        }
        assertTooMany(register(taken, 3));
    }

    private ResponseEntity<JsonNode> reset(String email) {
        return api.anonymous().post("/api/password-resets", Map.of("email", email));
    }

    private ResponseEntity<JsonNode> register(String email, int n) {
        return api.anonymous().post("/api/registrations", Map.of("companyName", "ООО «Частота»",
                "taxId", String.format("%010d", 8_000_000_000L + Math.abs(email.hashCode() % 100_000_000L) * 10 + n),
                "region", "Казань", "contactName", "Тест", "email", email, "phone", "+7 843 000-00-00",
                "password", "long-enough-1"));
    }

    private static void assertTooMany(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(429);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().get("code").asText()).isEqualTo("problem.tooManyRequests");
        long retryAfter = Long.parseLong(response.getHeaders().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3600L);
    }

    private static String address() {
        return "limit-" + UUID.randomUUID().toString().substring(0, 8) + "@company.example";
    }
}
