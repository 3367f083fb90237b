package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** Prometheus scrapes with a credential of its own that opens the metrics and nothing else; no admin password needed. */
class MetricsScrapeTest extends IntegrationTest {

    @Test
    void theScraperCredential_readsThePrometheusMetrics() {
        scraper().getBytes("/actuator/prometheus");
        ResponseEntity<byte[]> scrape = scraper().getBytes("/actuator/prometheus");

        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(scrape.getBody(), StandardCharsets.UTF_8)).contains("# TYPE jvm_memory_used_bytes gauge")
                .contains("http_server_requests_seconds")
                // Spring Security observes nothing (SecurityConfig): a request through its filters leaves no timer.
                .doesNotContain("spring_security_");
        assertThat(scrape.getHeaders().get("Set-Cookie")).as("a scrape opens no session").isNull();
    }

    @Test
    void withoutTheCredential_orWithAWrongPassword_theScrapeIsRefusedWithABasicChallenge() {
        ResponseEntity<byte[]> anonymous = api.anonymous().getBytes("/actuator/prometheus");
        ResponseEntity<byte[]> wrong = api.as(METRICS_USERNAME, "not-" + METRICS_PASSWORD).getBytes("/actuator/prometheus");
        ResponseEntity<byte[]> staff = api.as("it-reviewer", STAFF_PASSWORD).getBytes("/actuator/prometheus");

        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(wrong.getStatusCode().value()).isEqualTo(401);
        assertThat(staff.getStatusCode().value()).as("a staff password is not the scraper's").isEqualTo(401);
    }

    @Test
    void theScraperCredential_opensNothingElse() {
        for (String path : new String[] {"/actuator/metrics", "/actuator/info", "/api/tasks", "/api/admin/outbox", "/admin/outbox", "/home"}) {
            ResponseEntity<byte[]> response = scraper().getBytes(path);
            String body = response.getBody() == null ? "" : new String(response.getBody(), StandardCharsets.UTF_8);
            // A page may answer with the sign-in form (a followed redirect): that is a refusal too.
            boolean served = response.getStatusCode().value() == 200 && !body.contains("id=\"login-submit\"");
            assertThat(served).as(path + " answered " + response.getStatusCode()).isFalse();
        }
    }

    private ApiClient.As scraper() {
        return api.as(METRICS_USERNAME, METRICS_PASSWORD);
    }
}
