package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.OpenApiOperations;
import dev.partnerprogram.support.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every operation of the OpenAPI document against every kind of caller, with real objects of one partner: the access
 * decisions of {@code authorization-matrix.txt}. A new endpoint fails this test until its line is written. Every
 * refusal (4xx) answered on the way must be among the operation's documented responses.
 */
class AuthorizationMatrixTest extends IntegrationTest {
    private static final String MATRIX = "authorization-matrix.txt";
    private static final List<String> CALLERS = List.of("anon", "own", "col", "other", "rev", "mgr", "adm");
    /** The owner calls last, so that its successful change never alters what the other callers are checked against. */
    private static final List<String> CALL_ORDER = List.of("anon", "other", "rev", "mgr", "adm", "col", "own");
    private static final String NOT_TRIED = "-";
    private static final Set<String> DECISIONS = Set.of("401", "403", "404", "2xx", "ok", NOT_TRIED);
    private static final Set<Integer> JUDGED_ON_MERITS = Set.of(400, 409, 410, 422);
    private static final Pattern FIXTURE = Pattern.compile("\\{([a-zA-Z]+)}");

    record Line(int number, HttpMethod method, String template, String sample, Map<String, String> expected, String body) {
        String operation() {
            return method.name() + " " + template;
        }
    }

    @Test
    void everyOperation_answersEachCallerAsTheMatrixSays() {
        List<Line> matrix = readMatrix();
        Map<String, JsonNode> operations = OpenApiOperations.of(OpenApiOperations.document(api)).stream()
                .collect(Collectors.toMap(OpenApiOperations.Operation::name, OpenApiOperations.Operation::description));
        Set<String> documented = new TreeSet<>(operations.keySet());
        Set<String> listed = matrix.stream().map(Line::operation).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(documented);
        assertThat(missing).as("operations of /v3/api-docs without a line in " + MATRIX).isEmpty();
        assertThat(stale).as("lines of " + MATRIX + " for operations no longer documented").isEmpty();

        Scenario.Partner owner = scenario.authorizedPartner();
        Scenario.Partner other = new MarketingScenario(scenario, jdbc).authorizedPartner();
        Map<String, String> fixtures = fixtures(scenario, owner);
        Map<String, ApiClient.As> callers = Map.of("anon", api.anonymous(), "own", owner.api(), "col", colleagueOf(owner),
                "other", other.api(),
                "rev", scenario.reviewer(), "mgr", scenario.manager(), "adm", scenario.admin());
        String ownerName = jdbc.queryForObject("select company_name from partner_company where id = ?", String.class,
                owner.partnerId());

        List<Line> order = new ArrayList<>(matrix);
        order.sort(Comparator.comparing((Line line) -> line.method() != HttpMethod.GET));
        List<String> failures = new ArrayList<>();
        Set<String> undocumented = new TreeSet<>();
        int requests = 0;
        for (Line line : order) {
            String path = fill(line.sample(), fixtures);
            String body = line.body() == null ? null : fill(line.body(), fixtures);
            for (String caller : CALL_ORDER) {
                String expected = line.expected().get(caller);
                if (expected.equals(NOT_TRIED)) {
                    continue;
                }
                ResponseEntity<String> response = send(callers.get(caller), line.method(), path, body);
                requests++;
                String status = Integer.toString(response.getStatusCode().value());
                if (response.getStatusCode().is4xxClientError() && !operations.get(line.operation()).path("responses").has(status)) {
                    undocumented.add(line.operation() + " answers " + status);
                }
                String problem = judge(expected, response, ownerName);
                if (problem == null && caller.equals("other") && !isPublic(line) && response.getStatusCode().is2xxSuccessful()
                        && response.getBody() != null && response.getBody().contains(ownerName)) {
                    problem = "the answer shows partner A's data: " + abbreviate(response.getBody());
                }
                if (problem != null) {
                    failures.add(String.format("line %d %s as %s: expected %s, %s", line.number(), line.method() + " " + path,
                            caller, expected, problem));
                }
            }
        }
        System.out.printf("authorization matrix: %d operations, %d lines, %d callers, %d requests%n", documented.size(),
                matrix.size(), CALLERS.size(), requests);
        assertThat(failures).as("access decisions differing from " + MATRIX).isEmpty();
        // A client generated from the document knows only the refusals it lists.
        assertThat(undocumented).as("refusals the server answers that the OpenAPI document does not list").isEmpty();
    }

    /** A second user of partner A, invited by its owner through the mailed link: a colleague, not the owner. */
    private ApiClient.As colleagueOf(Scenario.Partner owner) {
        String email = "matrix-col-" + owner.partnerId() + "@company.example";
        var invited = owner.api().post("/api/partners/" + owner.partnerId() + "/invitations",
                Map.of("email", email, "displayName", "Коллега матрицы", "language", "en"));
        assertThat(invited.getStatusCode().value()).as(String.valueOf(invited.getBody())).isEqualTo(201);
        String token = IntegrationTestMail.linkMailedTo(greenMail, email, "Invitation to the Directum Partner Program",
                Pattern.compile("/invitations/accept\\?token=([A-Za-z0-9_-]+)"));
        var accepted = api.anonymous().post("/api/invitations/" + token + "/accept", Map.of("password", "colleague-secret-1"));
        assertThat(accepted.getStatusCode().is2xxSuccessful()).as(String.valueOf(accepted.getBody())).isTrue();
        return api.as(email, "colleague-secret-1");
    }

    /** What anybody may read (the directory lists every partner with a status), where B may see A's name. */
    private static boolean isPublic(Line line) {
        return !line.expected().get("anon").equals("401");
    }

    /** Null when the answer is the decision the matrix expects; otherwise what was wrong with it. */
    private static String judge(String expected, ResponseEntity<String> response, String ownerName) {
        int status = response.getStatusCode().value();
        String text = response.getBody() == null ? "" : response.getBody();
        boolean problemJson = response.getHeaders().getContentType() != null
                && response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        String got = "got " + status + " " + abbreviate(text);
        return switch (expected) {
            case "401", "403", "404" -> {
                if (status != Integer.parseInt(expected)) {
                    yield got;
                }
                if (!problemJson) {
                    yield "got " + status + " without problem+json";
                }
                yield expected.equals("404") && text.contains(ownerName) ? "the refusal names the owner: " + text : null;
            }
            case "2xx" -> status >= 200 && status < 300 ? null : got;
            case "ok" -> (status >= 200 && status < 300) || (JUDGED_ON_MERITS.contains(status) && problemJson) ? null : got;
            default -> throw new IllegalStateException(expected);
        };
    }

    private ResponseEntity<String> send(ApiClient.As caller, HttpMethod method, String path, String body) {
        if (body != null && body.startsWith("file:")) {
            String[] parts = body.substring("file:".length()).split("\\?", 2);
            Map<String, String> params = new LinkedHashMap<>();
            if (parts.length > 1) {
                Arrays.stream(parts[1].split("&")).map(p -> p.split("=", 2)).forEach(p -> params.put(p[0], p[1]));
            }
            byte[] content = parts[0].endsWith(".csv")
                    ? "taxId;paidOn;amount;kind;reference\n".getBytes(StandardCharsets.UTF_8) : Scenario.PDF;
            ResponseEntity<JsonNode> uploaded = caller.upload(path, parts[0], content, params);
            return new ResponseEntity<>(String.valueOf(uploaded.getBody()), uploaded.getHeaders(), uploaded.getStatusCode());
        }
        return caller.raw(method, path, MediaType.APPLICATION_JSON, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Objects of partner A in the states the lines need: the join journey done (status, partner year, certificate),
     * an upgrade and a designation application the rules refused, a compensation approved with an invoice, one waiting
     * for marketing (a staff task) and one back with the partner (a partner task), an enrolment, an event, a project,
     * a plan goal, a licence request and a certified specialist.
     */
    private Map<String, String> fixtures(Scenario scenario, Scenario.Partner owner) {
        Map<String, String> f = new HashMap<>();
        long partner = owner.partnerId();
        LocalDate today = MarketingScenario.today();
        f.put("partner", String.valueOf(partner));
        f.put("partnerEmail", owner.email());
        f.put("partnerTaxId", jdbc.queryForObject("select tax_id from partner_company where id = ?", String.class, partner));
        f.put("agreement", String.valueOf(jdbc.queryForObject("select max(id) from partner_agreement where partner_id = ?",
                Long.class, partner)));
        f.put("today", today.toString());
        f.put("monthAgo", today.minusMonths(1).toString());
        f.put("inTwoMonths", today.plusMonths(2).toString());
        f.put("year", String.valueOf(today.getYear()));

        JsonNode join = owner.api().get("/api/applications").getBody().get("items").get(0);
        f.put("application", join.get("id").asText());
        f.put("applicationDocument", owner.api().get("/api/applications/" + join.get("id").asText()).getBody()
                .get("documents").get(0).get("documentId").asText());
        f.put("upgradeApplication", created(owner.api().post("/api/applications", Map.of("requestedStatus", "CERTIFIED",
                "description", "Проекты и специалисты"))));
        String trainingCourse = scenario.course("SETUP", "10000");
        f.put("designationApplication", created(owner.api().post("/api/applications", Map.of("requestedStatus", "TRAINING_CENTER",
                "platform", "Класс на 12 мест", "courses", List.of(trainingCourse)))));

        MarketingScenario marketing = new MarketingScenario(scenario, jdbc);
        MarketingScenario.Budget budget = marketing.budget("1000000.00");
        f.put("budget", String.valueOf(budget.id()));
        f.put("region", budget.region());
        long approved = marketing.approvedToday(owner, budget, "20000.00");
        f.put("compensation", String.valueOf(approved));
        f.put("compensationDocument", created(owner.api().upload("/api/compensations/" + approved + "/documents", "invoice.pdf",
                Scenario.PDF, Map.of("kind", "INVOICE")), "documentId"));
        long inReview = marketing.submit(owner, MarketingScenario.request(budget.region(), today, today, "10000.00"));
        f.put("staffTask", MarketingScenario.task(scenario.reviewer(), inReview, "user_review_compensation").get("id").asText());
        f.put("instance", runtimeService.createProcessInstanceQuery().processDefinitionKey("marketing-compensation")
                .processInstanceBusinessKey(String.valueOf(inReview)).singleResult().getId());
        long returned = marketing.submit(owner, MarketingScenario.request(budget.region(), today, today, "10000.00"));
        marketing.decide(scenario.reviewer(), returned, "user_review_compensation", "REWORK", "Уточните аудиторию");
        f.put("partnerTask", MarketingScenario.task(owner.api(), returned, "user_revise_compensation").get("id").asText());

        String course = scenario.course("SETUP", "10000");
        long session = scenario.session(course, 30, 10);
        f.put("course", course);
        f.put("session", String.valueOf(session));
        long enrollment = scenario.enrollOk(owner, course, session, "matrix");
        f.put("enrollment", String.valueOf(enrollment));
        String enrollmentInstance = runtimeService.createProcessInstanceQuery().processDefinitionKey("training-enrollment")
                .processInstanceBusinessKey(String.valueOf(enrollment)).singleResult().getId();
        f.put("timerJob", managementService.createJobQuery().processInstanceId(enrollmentInstance).timers().list().get(0).getId());

        f.put("event", created(owner.api().post("/api/events", Map.of("title", "Конференция партнёра", "date",
                today.plusMonths(2).toString(), "city", "Казань", "format", "OFFLINE", "expectedAudience", 80, "vendorRequest", "Доклад о Directum RX"))));
        f.put("deal", created(owner.api().post("/api/deals", Map.of("customerName", "ООО «Матрица»", "customerTaxId", "7701234567",
                "region", "Казань", "expectedAmount", 1200000, "expectedCloseDate", today.plusMonths(2).toString()))));
        f.put("solution", created(api.as("it-admin", STAFF_PASSWORD).post("/api/solutions", Map.of("name", "Решение матрицы " + partner))));
        f.put("partnerRequest", created(owner.api().post("/api/partner-requests", Map.of("kind", "SOLUTION_SALE",
                "solutionId", Long.parseLong(f.get("solution")), "customerName", "ООО «Матрица»", "details", "Демонстрация заказчику"))));
        f.put("project", created(owner.api().post("/api/projects", Map.of("customer", "Заказчик", "title", "Внедрение",
                "complexity", "MEDIUM", "startedOn", today.minusMonths(3).toString(), "completedOn", today.toString(),
                "caseStudy", "Документооборот"))));
        // The project confirmed, so the owner may tell it; the matrix's own POST then meets this one (409, judged on its merits).
        scenario.reviewer().post("/api/projects/" + f.get("project") + "/review", Map.of("decision", "CONFIRM"));
        f.put("caseStudy", created(owner.api().post("/api/case-studies", Map.of("projectId", Long.parseLong(f.get("project")),
                "title", "Кейс матрицы", "summary", "Рассказ", "customerConsent", true))));
        f.put("planItem", created(scenario.manager().post("/api/partners/" + partner + "/plan/items", Map.of("title", "Цель"))));
        f.put("licenceRequest", created(owner.api().post("/api/partners/" + partner + "/licence-requests",
                Map.of("quantity", 1, "purpose", "Стенд"))));

        long exam = Long.parseLong(created(owner.api().post("/api/certifications", Map.of("employeeName", "Эксперт",
                "employeeEmail", "expert" + partner + "@" + partner + ".example", "track", "SETUP"))));
        Scenario.completeOk(scenario.reviewer(), "certification", exam, "user_schedule_exam",
                Map.of("decision", "APPROVE", "examDate", today.toString()));
        Scenario.completeOk(scenario.reviewer(), "certification", exam, "user_record_exam_result", Map.of("score", 90));
        f.put("certification", String.valueOf(exam));
        f.put("specialist", owner.api().get("/api/specialists").getBody().get("items").get(0).get("person").get("id").asText());

        // Last, so no fixture above depends on it: the owner alone in a region of its own holds the handover's offer.
        jdbc.update("update partner_company set region = ? where id = ?", "Регион-матрицы-" + partner, partner);
        f.put("handover", created(scenario.manager().post("/api/handovers", Map.of("title", "Сопровождение", "customerName",
                "Заказчик", "region", "Регион-матрицы-" + partner, "kind", "SUPPORT"))));
        f.put("outboxMessage", String.valueOf(jdbc.queryForObject("select max(id) from outbox_message", Long.class)));
        // A webhook endpoint with one delivery in its log (an endpoint nobody listens at: its deliveries fail and wait).
        var webhook = api.as("it-admin", STAFF_PASSWORD).post("/api/admin/webhooks", java.util.Map.of(
                "url", "http://127.0.0.1:9/matrix", "events", java.util.List.of("application.decided"),
                "secret", "matrix-secret-0123456789"));
        f.put("webhook", webhook.getBody().get("id").asText());
        String eventId = java.util.UUID.randomUUID().toString();
        jdbc.update("insert into integration_event (event_id, type, occurred_at, payload) values (?, 'application.decided', now(), ?)",
                eventId, "{\"id\":\"" + eventId + "\",\"type\":\"application.decided\",\"data\":{}}");
        jdbc.update("insert into webhook_delivery (endpoint_id, event_id, status, created_at, next_attempt_at) select ?, id, 'PENDING', "
                + "now(), now() from integration_event where event_id = ?", Long.parseLong(f.get("webhook")), eventId);
        f.put("webhookDelivery", String.valueOf(jdbc.queryForObject("select d.id from webhook_delivery d join integration_event e "
                + "on e.id = d.event_id where e.event_id = ?", Long.class, eventId)));
        return f;
    }

    private static String created(ResponseEntity<JsonNode> response) {
        return created(response, "id");
    }

    private static String created(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get(field).asText();
    }

    private static String fill(String text, Map<String, String> fixtures) {
        Matcher names = FIXTURE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (names.find()) {
            String value = fixtures.get(names.group(1));
            if (value == null) {
                throw new IllegalStateException(MATRIX + " names an object the test does not make: " + names.group());
            }
            names.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return names.appendTail(filled).toString();
    }

    private static List<Line> readMatrix() {
        List<Line> lines = new ArrayList<>();
        String[] rows;
        try (InputStream in = AuthorizationMatrixTest.class.getClassLoader().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX + " on the test classpath").isNotNull();
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\\s+", 4 + CALLERS.size());
            assertThat(cells.length).as(MATRIX + " line " + (i + 1) + ": method, path, sample and a decision per caller")
                    .isGreaterThanOrEqualTo(3 + CALLERS.size());
            Map<String, String> expected = new LinkedHashMap<>();
            for (int c = 0; c < CALLERS.size(); c++) {
                assertThat(DECISIONS).as(MATRIX + " line " + (i + 1) + " decision for " + CALLERS.get(c)).contains(cells[3 + c]);
                expected.put(CALLERS.get(c), cells[3 + c]);
            }
            lines.add(new Line(i + 1, HttpMethod.valueOf(cells[0]), cells[1], cells[2].equals("-") ? cells[1] : cells[2],
                    expected, cells.length > 3 + CALLERS.size() ? cells[3 + CALLERS.size()] : null));
        }
        return lines;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
