package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVIEW_APPLICATION;
import static dev.partnerprogram.support.Scenario.completeOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.partnerprogram.integration.EventType;
import dev.partnerprogram.integration.IntegrationEvents;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks against a real receiver (the JDK's HttpServer) on PostgreSQL: signed bodies, every event seen across an
 * outage (at least once; the receiver keeps each id once), the delivery log with a manual retry, pausing a failing
 * endpoint with mail to the administrators, and the pull feed of the same events.
 */
class WebhookDeliveryTest extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    IntegrationEvents integrationEvents;

    @Autowired
    TransactionTemplate tx;

    private Receiver receiver;

    /** A receiver as an integrating system would write it: checks the signature, keeps each event id once. */
    static final class Receiver {
        final HttpServer server;
        final String secret = "receiver-secret-" + UUID.randomUUID();
        final AtomicBoolean down = new AtomicBoolean();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger badSignatures = new AtomicInteger();
        final List<String> posts = new CopyOnWriteArrayList<>();
        final Map<String, JsonNode> events = new ConcurrentHashMap<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hooks", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                if (down.get()) {
                    refused.incrementAndGet();
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                String signature = exchange.getRequestHeaders().getFirst("X-Signature");
                if (!verified(signature, body)) {
                    badSignatures.incrementAndGet();
                    exchange.sendResponseHeaders(401, -1);
                    exchange.close();
                    return;
                }
                String id = exchange.getRequestHeaders().getFirst("X-Event-Id");
                posts.add(id);
                JsonNode event = JSON.readTree(body);
                events.putIfAbsent(id, event);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        /** The three lines of the README. */
        boolean verified(String signature, byte[] body) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
                return signature != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        signature.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                return false;
            }
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }
    }

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.server.stop(0);
    }

    @Test
    void aDecisionIsPostedSigned_andTheDeliveryLogShowsIt_andCanSendItAgain() {
        long endpoint = register(receiver.url(), List.of("application.decided"), receiver.secret);
        Scenario.Partner partner = scenario.registerCompany("en");
        long applicationId = scenario.apply(partner);

        completeOk(scenario.reviewer(), applicationId, USER_REVIEW_APPLICATION, Map.of("decision", "REJECT", "comment", "Нет сайта"));

        await().atMost(Duration.ofSeconds(30)).until(() -> decisionOf(applicationId) != null);
        JsonNode event = decisionOf(applicationId);
        assertThat(event.get("type").asText()).isEqualTo("application.decided");
        assertThat(event.get("occurredAt").asText()).isNotBlank();
        assertThat(event.get("data").get("partnerId").asLong()).isEqualTo(partner.partnerId());
        assertThat(event.get("data").get("decision").asText()).isEqualTo("REJECTED");
        assertThat(receiver.badSignatures).hasValue(0);

        // The receiver has the event before the sender has recorded its answer: wait for the log to say so.
        String eventId = event.get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(deliveryLine(endpoint, eventId).get("status").asText()));
        JsonNode line = deliveryLine(endpoint, eventId);
        assertThat(line.get("lastStatus").asInt()).isEqualTo(204);

        int postsBefore = receiver.posts.size();
        var retried = scenario.admin().post("/api/admin/webhooks/" + endpoint + "/deliveries/" + line.get("id").asLong() + "/retry", Map.of());
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.posts.size() > postsBefore);
        assertThat(receiver.posts.subList(postsBefore, receiver.posts.size())).contains(event.get("id").asText());
    }

    @Test
    void acrossAnOutageOfTheReceiver_everyEventArrives_eachIdOnce() {
        register(receiver.url(), List.of("compensation.paid"), receiver.secret);
        receiver.down.set(true);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            ids.add(tx.execute(s -> integrationEvents.publish(EventType.COMPENSATION_PAID, null,
                    Map.of("compensationId", 1000 + n, "outage", true)).getEventId()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.refused.get() >= 3);
        assertThat(receiver.events).isEmpty();

        receiver.down.set(false);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events.keySet().containsAll(ids));
        assertThat(receiver.badSignatures).hasValue(0);
        for (String id : ids) {
            assertThat(receiver.events.get(id).get("type").asText()).isEqualTo("compensation.paid");
        }
        // At least once: a repeat is possible, never a loss, and each event keeps its id.
        assertThat(Set.copyOf(receiver.posts)).containsAll(ids);
    }

    @Test
    void anEndpointFailingOverAndOver_isPaused_theAdministratorsAreMailed_andResumingDeliversWhatWaited() {
        long endpoint = register(receiver.url(), List.of("agreement.changed"), receiver.secret);
        receiver.down.set(true);
        String id = tx.execute(s -> integrationEvents.publish(EventType.AGREEMENT_CHANGED, null, Map.of("state", "ACTIVE")).getEventId());

        await().atMost(Duration.ofSeconds(40)).until(() -> "PAUSED".equals(
                scenario.admin().get("/api/admin/webhooks/" + endpoint).getBody().get("state").asText()));
        int refusedWhenPaused = receiver.refused.get();
        assertThat(refusedWhenPaused).isGreaterThanOrEqualTo(8);
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox.findAll().stream().anyMatch(m ->
                m.getTemplate().equals("WEBHOOK_PAUSED") && m.getSubject().contains(String.valueOf(endpoint))));

        receiver.down.set(false);
        var resumed = scenario.admin().post("/api/admin/webhooks/" + endpoint + "/resume", Map.of());
        assertThat(resumed.getBody().get("state").asText()).isEqualTo("ACTIVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.events.containsKey(id));
    }

    @Test
    void registrationNamesEveryBrokenField_andTheSecretIsNeverAnswered() {
        var refused = scenario.admin().post("/api/admin/webhooks", Map.of("url", "ftp://x", "events", List.of("deal.lost"), "secret", "short"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("url", "events", "secret");

        var created = scenario.admin().post("/api/admin/webhooks", Map.of("url", receiver.url(),
                "events", List.of("partner.status-changed"), "secret", receiver.secret));
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/admin/webhooks/" + created.getBody().get("id").asLong());
        assertThat(created.getBody().has("secret")).isFalse();
        assertThat(created.getBody().toString()).doesNotContain(receiver.secret);
        assertThat(scenario.reviewer().get("/api/admin/webhooks").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theFeedGivesTheSameEventsAfterACursor_oldestFirst() {
        Long start = jdbc.queryForObject("select coalesce(max(id), 0) from integration_event", Long.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            ids.add(tx.execute(s -> integrationEvents.publish(EventType.ACCESS_GRANT_CHANGED, null, Map.of("n", n)).getEventId()));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> feedIds(start, 100).containsAll(ids));
        JsonNode page = scenario.admin().get("/api/integration/feed?after=" + start + "&limit=100").getBody();
        List<String> seen = feedIds(start, 100);
        assertThat(seen.stream().filter(ids::contains).toList()).containsExactlyElementsOf(ids);
        String next = page.get("next").asText();
        assertThat(feedIds(Long.parseLong(next), 100)).doesNotContainAnyElementsOf(ids);

        JsonNode one = scenario.admin().get("/api/integration/feed?after=" + start + "&limit=1").getBody();
        assertThat(one.get("events")).hasSize(1);
        assertThat(scenario.admin().get("/api/integration/feed?limit=0").getStatusCode().value()).isEqualTo(400);
        assertThat(scenario.reviewer().get("/api/integration/feed").getStatusCode().value()).isEqualTo(403);
    }

    private List<String> feedIds(long after, int limit) {
        JsonNode page = scenario.admin().get("/api/integration/feed?after=" + after + "&limit=" + limit).getBody();
        List<String> ids = new ArrayList<>();
        page.get("events").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private long register(String url, List<String> events, String secret) {
        var response = scenario.admin().post("/api/admin/webhooks", Map.of("url", url, "events", events, "secret", secret));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    private JsonNode decisionOf(long applicationId) {
        return receiver.events.values().stream().filter(e -> "application.decided".equals(e.get("type").asText())
                && e.get("data").get("applicationId").asLong() == applicationId).findFirst().orElse(null);
    }

    private JsonNode deliveryLine(long endpoint, String eventId) {
        return first(scenario.admin().get("/api/admin/webhooks/" + endpoint + "/deliveries").getBody(), eventId);
    }

    private static JsonNode first(JsonNode log, String eventId) {
        for (JsonNode line : log.get("items")) {
            if (eventId.equals(line.get("eventId").asText())) {
                return line;
            }
        }
        throw new AssertionError("no delivery of " + eventId + " in " + log);
    }
}
