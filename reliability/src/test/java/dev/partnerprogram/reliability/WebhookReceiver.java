package dev.partnerprogram.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.partnerprogram.testsupport.WebhookSignatures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The system the nodes' webhooks go to: a JDK HTTP server in the test JVM that checks each delivery's
 * {@code X-Signature} (HMAC-SHA256 of the body with the shared secret) and that its {@code X-Event-Id} is the body's
 * {@code id}, and counts deliveries by event id, as a receiver that drops repeats by id would. It can hold deliveries
 * unanswered: each node posts one delivery at a time, so two held at once are one from each node, in flight.
 */
final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String secret = "reliability-webhook-secret-" + UUID.randomUUID();
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final Map<String, AtomicInteger> deliveriesById = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger held = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", this::receive);
        // A held delivery must not keep the other node's from being received.
        server.setExecutor(workers);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String eventId = exchange.getRequestHeaders().getFirst("X-Event-Id");
            String signature = exchange.getRequestHeaders().getFirst("X-Signature");
            if (!WebhookSignatures.genuine(secret, body, signature) || eventId == null || !eventId.equals(JSON.readTree(body).path("id").asText())) {
                refused.add(eventId + " " + signature);
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            // Taken as soon as it is genuine: a node killed while waiting for the answer never learns it was delivered.
            deliveriesById.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
            CountDownLatch holding = gate;
            held.incrementAndGet();
            try {
                holding.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                held.decrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** Stops answering: deliveries are taken, but their posts wait for the answer until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    void release() {
        gate.countDown();
    }

    /** Waits until this many deliveries are held unanswered; answers whether they were, within the time. */
    boolean awaitHeld(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (held.get() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(20_000_000L);
        }
        return true;
    }

    int held() {
        return held.get();
    }

    /** Deliveries taken, by event id. */
    Map<String, Integer> byEventId() {
        Map<String, Integer> counts = new HashMap<>();
        deliveriesById.forEach((id, n) -> counts.put(id, n.get()));
        return counts;
    }

    /** Deliveries refused for a wrong signature or an id that is not the body's. */
    Set<String> refused() {
        return Set.copyOf(refused);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        workers.shutdownNow();
    }
}
