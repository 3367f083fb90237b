package dev.partnerprogram.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** What one scenario sent and got back, what the database held afterwards, and how long recovery took. */
final class Figures {
    private static final int SAMPLES = 10;

    final String scenario;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong noAnswer = new AtomicLong();
    private final Map<Integer, AtomicLong> otherStatuses = new ConcurrentSkipListMap<>();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong violationCount = new AtomicLong();
    private final Map<String, String> results = Collections.synchronizedMap(new LinkedHashMap<>());

    Figures(String scenario) {
        this.scenario = scenario;
    }

    void sent() {
        sent.incrementAndGet();
    }

    void noAnswer() {
        noAnswer.incrementAndGet();
    }

    /**
     * A 2xx is acknowledged. A 503 must be problem+json with Retry-After. Any other 5xx is a failure of the
     * application, and so is a 401 to the suite's valid credentials (a user lookup that failed on a dead database).
     */
    void answered(String request, Http.Reply reply, boolean mayBeUnknownUser) {
        int status = reply.status();
        if (status / 100 == 2) {
            acknowledged.incrementAndGet();
            return;
        }
        if (status == 503) {
            unavailable.incrementAndGet();
            if (!reply.contentType().startsWith("application/problem+json") || reply.retryAfter() == null) {
                violation(request + " answered 503 without problem+json and Retry-After: " + reply.contentType() + " " + reply);
            }
            return;
        }
        otherStatuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        if (status >= 500 || (status == 401 && !mayBeUnknownUser)) {
            violation(request + " answered " + reply);
        }
    }

    void violation(String what) {
        violationCount.incrementAndGet();
        if (violations.size() < SAMPLES) {
            violations.add(what);
        }
    }

    long sentCount() {
        return sent.get();
    }

    long acknowledgedCount() {
        return acknowledged.get();
    }

    long unavailableCount() {
        return unavailable.get();
    }

    long violationCount() {
        return violationCount.get();
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    void result(String name, Object value) {
        results.put(name, String.valueOf(value));
    }

    void duration(String name, Duration value) {
        results.put(name, String.format(java.util.Locale.ROOT, "%.1f s", value.toMillis() / 1000.0));
    }

    /** The rows of this scenario's table, in the order they were recorded. */
    Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("requests sent", Long.toString(sent.get()));
        rows.put("acknowledged (2xx)", Long.toString(acknowledged.get()));
        rows.put("answered 503 problem+json", Long.toString(unavailable.get()));
        rows.put("no answer (node gone)", Long.toString(noAnswer.get()));
        if (!otherStatuses.isEmpty()) {
            StringBuilder other = new StringBuilder();
            otherStatuses.forEach((status, count) -> other.append(other.isEmpty() ? "" : ", ").append(status).append(": ").append(count));
            rows.put("other answers", other.toString());
        }
        rows.putAll(results);
        rows.put("violations", Long.toString(violationCount.get()));
        return rows;
    }

    /** A Markdown table with one column per scenario. */
    static String table(List<Figures> scenarios) {
        List<String> names = new ArrayList<>();
        for (Figures f : scenarios) {
            for (String row : f.rows().keySet()) {
                if (!names.contains(row)) {
                    names.add(row);
                }
            }
        }
        StringBuilder out = new StringBuilder("| figure |");
        scenarios.forEach(f -> out.append(' ').append(f.scenario).append(" |"));
        out.append("\n|---|");
        scenarios.forEach(f -> out.append("---:|"));
        out.append('\n');
        for (String name : names) {
            out.append("| ").append(name).append(" |");
            scenarios.forEach(f -> out.append(' ').append(f.rows().getOrDefault(name, "")).append(" |"));
            out.append('\n');
        }
        return out.toString();
    }
}
