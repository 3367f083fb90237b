package dev.partnerprogram.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.springframework.http.ResponseEntity;

/** Steps of the partner's journeys over the API (application, courses, enrolments), for tests that need a given state. */
public final class Scenario {
    public static final byte[] PDF = "%PDF-1.4\n% test document\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    public record Partner(long partnerId, String email, String password, ApiClient.As api) {}

    private final ApiClient client;
    private final String databaseUrl;

    /** Drives the application of the shared test context, on the shared test database. */
    public Scenario(ApiClient client) {
        this(client, PostgresTestDatabase.url());
    }

    /** Drives an application of its own (e.g. one started on a restored copy) on the database at {@code databaseUrl}. */
    public Scenario(ApiClient client, String databaseUrl) {
        this.client = client;
        this.databaseUrl = databaseUrl;
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
        confirmAddress(email);
        return new Partner(response.getBody().get("partnerId").asLong(), email, password, client.as(email, password));
    }

    /**
     * As if the owner had followed the mailed confirmation link (RegistrationConfirmationTest follows the real one), so
     * that tests about what comes after registering can sign in at once.
     */
    public void confirmAddress(String username) {
        try (Connection c = connect();
             var update = c.prepareStatement("update app_user set confirm_by = null where username = ?")) {
            update.setString(1, username);
            assertThat(update.executeUpdate()).as("the registered user " + username).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
        return task(who, "application", applicationId, taskKey);
    }

    /** The caller's open task on a subject (application, enrollment, certification), by task key. */
    public static JsonNode task(ApiClient.As who, String subjectType, long subjectId, String taskKey) {
        JsonNode task = findTask(who, subjectType, subjectId, taskKey);
        assertThat(task).as("open task " + taskKey + " on " + subjectType + " " + subjectId).isNotNull();
        return task;
    }

    /** The caller's open task on a subject, or null when the caller has none such. */
    public static JsonNode findTask(ApiClient.As who, String subjectType, long subjectId, String taskKey) {
        List<JsonNode> found = new ArrayList<>();
        int page = 0;
        while (true) {
            JsonNode body = who.get("/api/tasks?size=100&page=" + page).getBody();
            body.get("items").forEach(t -> {
                if (t.get("subject").get("id").asLong() == subjectId && t.get("subject").get("type").asText().equals(subjectType)
                        && t.get("taskKey").asText().equals(taskKey)) {
                    found.add(t);
                }
            });
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                break;
            }
            page++;
        }
        assertThat(found).as("open tasks " + taskKey + " on " + subjectType + " " + subjectId).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    public static void completeOk(ApiClient.As who, String subjectType, long subjectId, String taskKey, Map<String, Object> body) {
        var response = complete(who, task(who, subjectType, subjectId, taskKey).get("id").asText(), body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    }

    /** A course of the catalogue with a unique code, created by an administrator. */
    public String course(String kind, String price) {
        String code = "T" + SEQUENCE.incrementAndGet() + "-" + kind.substring(0, 3);
        var response = admin().post("/api/admin/courses", Map.of("code", code, "title", "Курс " + code, "kind", kind,
                "price", price, "durationDays", 2));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return code;
    }

    /** A session of the course starting {@code daysAhead} days from today (at least 1), taught by the vendor. */
    public long session(String courseCode, int daysAhead, int seats) {
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(daysAhead);
        var response = admin().post("/api/admin/courses/" + courseCode + "/sessions", Map.of("startDate", start.toString(),
                "endDate", start.plusDays(1).toString(), "seats", seats, "trainerName", "Тренер Directum", "location", "Онлайн"));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    public ResponseEntity<JsonNode> enroll(Partner partner, String courseCode, long sessionId, String employee, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("courseCode", courseCode, "sessionId", sessionId,
                "employeeName", "Сотрудник " + employee, "employeeEmail", employee + "@" + partner.partnerId() + ".example"));
        body.putAll(extra);
        return partner.api().post("/api/enrollments", body);
    }

    public long enrollOk(Partner partner, String courseCode, long sessionId, String employee) {
        var response = enroll(partner, courseCode, sessionId, employee, Map.of());
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    /** Training staff confirm the enrolment, the session takes place, and the trainer records the result. */
    public void attend(long enrollmentId, String result, Integer score) {
        completeOk(reviewer(), "enrollment", enrollmentId, "user_confirm_enrollment", Map.of("decision", "APPROVE"));
        sessionBegins(enrollmentId);
        Map<String, Object> body = new HashMap<>(Map.of("result", result));
        if (score != null) {
            body.put("score", score);
        }
        completeOk(reviewer(), "enrollment", enrollmentId, "user_record_training_result", body);
    }

    /** A company taken through the whole join journey, with its basic course passed in an enrolment: an Authorized partner. */
    public Partner authorizedPartner() {
        Partner partner = registerCompany("ru");
        Map<String, Object> body = new HashMap<>(applicationBody(partner.email()));
        body.put("companyName", "ООО «Партнёр " + partner.partnerId() + "»");
        var submitted = partner.api().post("/api/applications", body);
        assertThat(submitted.getStatusCode().value()).as(String.valueOf(submitted.getBody())).isEqualTo(201);
        long application = submitted.getBody().get("id").asLong();
        completeOk(reviewer(), application, "user_review_application", Map.of("decision", "APPROVE"));
        partner.api().upload("/api/applications/" + application + "/documents", "signed.pdf", PDF, Map.of("kind", "AGREEMENT"));
        completeOk(partner.api(), application, "user_upload_agreement", Map.of());
        completeOk(reviewer(), application, "user_confirm_agreement", Map.of("decision", "APPROVE"));
        String basic = course("BASIC", "10000");
        attend(enrollOk(partner, basic, session(basic, 5, 10), "basic"), "PASSED", 90);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                partner.api().get("/api/partners/" + partner.partnerId()).getBody().get("status").asText().equals("AUTHORIZED"));
        return partner;
    }

    /**
     * The enrolment's session begins today: a result is recorded only from the session's start on, and sessions can
     * only be scheduled (and enrolled in) for a later day, so the tests move its start to today instead of waiting.
     */
    public void sessionBegins(long enrollmentId) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        try (Connection c = connect();
             var update = c.prepareStatement("update course_session s set start_date = least(s.start_date, ?) "
                     + "from enrollment e where e.id = ? and e.session_id = s.id")) {
            update.setObject(1, today);
            update.setLong(2, enrollmentId);
            assertThat(update.executeUpdate()).as("the session of enrolment " + enrollmentId).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared test server may be at its connection limit for a moment (other suites use it): wait a little. */
    private Connection connect() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return DriverManager.getConnection(databaseUrl, PostgresTestDatabase.user(), PostgresTestDatabase.password());
            } catch (SQLException e) {
                if (!"53300".equals(e.getSQLState()) || attempt == 20) {
                    throw e;
                }
                LockSupport.parkNanos(Duration.ofMillis(250L * attempt).toNanos());
            }
        }
    }

    public static ResponseEntity<JsonNode> complete(ApiClient.As who, String taskId, Map<String, Object> body) {
        return who.post("/api/tasks/" + taskId + "/complete", body);
    }

    public static void completeOk(ApiClient.As who, long applicationId, String taskKey, Map<String, Object> body) {
        var response = complete(who, task(who, applicationId, taskKey).get("id").asText(), body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    }
}
