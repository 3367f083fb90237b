package dev.partnerprogram.bench.stack;

import dev.partnerprogram.bench.db.PostgresServer;
import dev.partnerprogram.bench.report.Latencies;
import dev.partnerprogram.identity.ReviewerGroups;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What managers and reviewers read, timed one request at a time on the data set the run left behind: the program
 * overview and every process's performance page (the HTML pages a manager opens, and their JSON twins), and the
 * inbox's first page unfiltered and with each filter alone. Filter values come from the data (the busiest process,
 * region and partner), so each filter narrows the inbox the way people use it.
 */
public final class ReadProbes {

    /** The measured requests by kind: each kind has its own target. */
    public enum Kind {
        OVERVIEW("program overview", 300), PROCESS("process performance", 300), SALES("sales dashboard", 300),
        INBOX("inbox first page", 20);

        private final String title;
        private final double targetP95Millis;

        Kind(String title, double targetP95Millis) {
            this.title = title;
            this.targetP95Millis = targetP95Millis;
        }

        public String title() {
            return title;
        }

        /** The dashboards issue's target for this kind, at the 95th percentile. */
        public double targetP95Millis() {
            return targetP95Millis;
        }
    }

    /** One request measured {@code samples} times after a warm-up. */
    record Probe(Kind kind, String label, Api.Credentials who, String path, boolean page) {}

    /** {@code visible}: the inbox's total for that filter, -1 for the dashboards. */
    public record Measured(Kind kind, Latencies.Summary latency, long visible) {}

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /**
     * Open tasks offered to the reviewer groups (the bench reviewer holds every one), not those waiting on a partner in
     * its own group (an agreement's renewal upload) nor the managers' second approvals.
     */
    private static final String STAFF_TASKS = "(select * from inbox_task i where exists (select 1 from inbox_task_group g"
            + " where g.task_id = i.task_id and g.group_id in ("
            + ReviewerGroups.ALL.stream().map(group -> "'" + group + "'").collect(Collectors.joining(", ")) + "))) t";

    private final Api api;
    private final int port;
    private final PostgresServer server;
    private final String database;

    ReadProbes(Api api, int port, PostgresServer server, String database) {
        this.api = api;
        this.port = port;
        this.server = server;
        this.database = database;
    }

    List<Measured> measure(Api.Credentials manager, String managerPassword, Api.Credentials reviewer,
                           Api.Credentials partner, int warmup, int samples) {
        HttpClient managerSession = signIn(manager.username(), managerPassword);
        List<Probe> probes = probes(manager, reviewer, partner);
        List<Measured> results = new ArrayList<>();
        for (Probe probe : probes) {
            Latencies ignored = new Latencies();
            long visible = -1;
            for (int i = 0; i < warmup; i++) {
                visible = run(probe, managerSession, ignored);
            }
            Latencies latencies = new Latencies();
            for (int i = 0; i < samples; i++) {
                run(probe, managerSession, latencies);
            }
            results.add(new Measured(probe.kind(), latencies.summary(probe.label()), visible));
        }
        return results;
    }

    private List<Probe> probes(Api.Credentials manager, Api.Credentials reviewer, Api.Credentials partner) {
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe(Kind.OVERVIEW, "overview page GET /manager/dashboard (90 days)", manager, "/manager/dashboard", true));
        probes.add(new Probe(Kind.OVERVIEW, "overview page, one year, one region", manager,
                "/manager/dashboard?from=" + yearAgo() + "&region=" + encode(busiestRegion()), true));
        probes.add(new Probe(Kind.OVERVIEW, "GET /api/dashboard/summary (90 days)", manager, "/api/dashboard/summary", false));
        for (String key : processKeys()) {
            probes.add(new Probe(Kind.PROCESS, "process page GET /manager/processes/" + key, manager, "/manager/processes/" + key, true));
            probes.add(new Probe(Kind.PROCESS, "GET /api/dashboard/processes/" + key + "/diagram", manager,
                    "/api/dashboard/processes/" + key + "/diagram", false));
        }
        probes.add(new Probe(Kind.PROCESS, "process page, one year: " + busiestProcess(), manager,
                "/manager/processes/" + busiestProcess() + "?from=" + yearAgo(), true));
        probes.add(new Probe(Kind.SALES, "sales page GET /manager/sales (90 days)", manager, "/manager/sales", true));
        probes.add(new Probe(Kind.SALES, "sales page, one year, one region", manager,
                "/manager/sales?from=" + yearAgo() + "&region=" + encode(busiestRegion()), true));
        probes.add(new Probe(Kind.SALES, "GET /api/dashboard/sales (90 days)", manager, "/api/dashboard/sales", false));
        probes.add(new Probe(Kind.SALES, "GET /api/dashboard/sales, one year", manager, "/api/dashboard/sales?from=" + yearAgo(), false));

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("none", "");
        filters.put("process", "&process=" + busiestProcess());
        filters.put("task", "&task=" + busiestTask());
        filters.put("partner", "&partner=" + partnerWithTasks());
        filters.put("region", "&region=" + encode(busiestRegion()));
        filters.put("overdue", "&due=OVERDUE");
        filters.put("due this week", "&due=WEEK");
        filters.put("mine", "&assigned=ME");
        filters.put("unassigned", "&assigned=UNASSIGNED");
        filters.put("search by name", "&q=" + encode(companyNameFragment()));
        filters.put("search by tax id", "&q=" + taxIdWithTasks());
        filters.put("sorted by due date", "&sort=DUE");
        filters.put("oldest first", "&sort=OLDEST");
        filters.forEach((name, query) -> probes.add(new Probe(Kind.INBOX, "inbox, reviewer, " + name, reviewer,
                "/api/tasks?size=20" + query, false)));
        if (partner != null) {
            probes.add(new Probe(Kind.INBOX, "inbox, partner", partner, "/api/tasks?size=20", false));
        }
        return probes;
    }

    /** Answers what the first page says is visible in all (the inbox's total), or -1 for pages. */
    private long run(Probe probe, HttpClient managerSession, Latencies latencies) {
        if (probe.page()) {
            page(managerSession, probe.path(), latencies, probe.label());
            return -1;
        }
        var body = api.get(latencies, probe.label(), probe.who(), probe.path());
        return body.has("total") ? body.get("total").asLong() : -1;
    }

    private void page(HttpClient session, String path, Latencies latencies, String label) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).header("Accept", "text/html").GET().build();
        long started = System.nanoTime();
        HttpResponse<String> response = send(session, request);
        latencies.record(label, System.nanoTime() - started);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
    }

    /** A browser-like session: the sign-in form with its CSRF token, then the session cookie. */
    private HttpClient signIn(String username, String password) {
        HttpClient session = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> form = send(session, HttpRequest.newBuilder(uri("/login")).timeout(TIMEOUT).GET().build());
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token in the sign-in form");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = send(session, HttpRequest.newBuilder(uri("/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Signing in as " + username + " failed: " + signedIn.statusCode() + " " + location);
        }
        return session;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String yearAgo() {
        return java.time.LocalDate.now().minusYears(1).toString();
    }

    // ---- filter values, from the data --------------------------------------------------------------------

    private List<String> processKeys() {
        return strings("select distinct key_ from act_re_procdef order by key_");
    }

    private String busiestProcess() {
        return string("select t.process_key from " + STAFF_TASKS + " group by t.process_key order by count(*) desc, t.process_key limit 1");
    }

    private String busiestTask() {
        return string("select t.task_key from " + STAFF_TASKS + " group by t.task_key order by count(*) desc, t.task_key limit 1");
    }

    private String busiestRegion() {
        return string("select p.region from " + STAFF_TASKS + " join partner_company p on p.id = t.partner_id"
                + " group by p.region order by count(*) desc, p.region limit 1");
    }

    private String partnerWithTasks() {
        return string("select t.partner_id from " + STAFF_TASKS + " where t.partner_id is not null"
                + " group by t.partner_id order by count(*) desc, t.partner_id limit 1");
    }

    private String taxIdWithTasks() {
        return string("select p.tax_id from " + STAFF_TASKS + " join partner_company p on p.id = t.partner_id order by t.created_at limit 1");
    }

    /** A word from a company name, as a reviewer types part of it. */
    private String companyNameFragment() {
        String name = string("select p.company_name from " + STAFF_TASKS + " join partner_company p on p.id = t.partner_id"
                + " order by t.created_at desc limit 1");
        String longest = "";
        for (String word : name.replaceAll("[\"«»]", " ").split("\\s+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest.substring(0, Math.min(6, longest.length()));
    }

    private String string(String sql) {
        List<String> values = strings(sql);
        if (values.isEmpty()) {
            throw new IllegalStateException("The data set has nothing for: " + sql);
        }
        return values.get(0);
    }

    private List<String> strings(String sql) {
        try (Connection c = server.connect(database); var rs = c.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
