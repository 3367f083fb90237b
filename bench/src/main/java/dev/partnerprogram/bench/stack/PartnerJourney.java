package dev.partnerprogram.bench.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.bench.report.Latencies;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.concurrent.locks.LockSupport;

/**
 * One simulated company and the reviewers it meets, through the JSON API: registration, application, review,
 * agreement upload and check, basic training (an enrolment in a basic-course session, confirmed and passed), and the
 * grant that makes it an Authorized partner — the steps of
 * {@code PartnerApplicationJourneyTest}, without the rework detour. Reviewers find their task as people do:
 * in the first page of their inbox, newest first.
 */
final class PartnerJourney {

    static final String REGISTER = "POST /api/registrations";
    static final String APPLY = "POST /api/applications";
    static final String ME = "GET /api/me";
    static final String UPLOAD = "POST /api/applications/{id}/documents";
    static final String INBOX_REVIEWER = "GET /api/tasks?size=20 (reviewer)";
    static final String INBOX_PARTNER = "GET /api/tasks?size=20 (partner)";
    static final String COMPLETE = "POST /api/tasks/{id}/complete";
    static final String AWAIT_GRANT = "GET /api/applications/{id} (until APPROVED)";
    static final String SESSIONS = "GET /api/courses/{code}/sessions";
    static final String ENROLL = "POST /api/enrollments";
    /** Time from the last task's completion to the partner seeing APPROVED: the asynchronous grant. */
    static final String GRANT_VISIBLE = "grant job, until APPROVED is visible";

    static final byte[] PDF = "%PDF-1.4\n% benchmark agreement\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final int INBOX_PAGES = 50;
    private static final Duration GRANT_TIMEOUT = Duration.ofSeconds(60);
    /** Basic-course sessions the benchmark schedules, each with the most seats a session may have. */
    private static final int SESSION_COUNT = 50;
    private static final int SESSION_SEATS = 1000;
    /** A journey takes a session with more free seats than clients could confirm at once, so none waits on the list. */
    private static final int SEAT_HEADROOM = 100;

    private final Api api;
    private final Api.Credentials reviewer;
    private final AtomicLong sequence;
    private final LongConsumer sessionDayComes;
    private String basicCourse;

    /**
     * {@code sessionDayComes} is told each confirmed enrolment's id before the trainer records its result, which the
     * application accepts only from the session's start on (sessions are scheduled for later days).
     */
    PartnerJourney(Api api, Api.Credentials reviewer, long firstTaxId, LongConsumer sessionDayComes) {
        this.sessionDayComes = sessionDayComes;
        this.api = api;
        this.reviewer = reviewer;
        this.sequence = new AtomicLong(firstTaxId);
    }

    /** An administrator puts a basic course with sessions in the catalogue, for the journeys to enrol in. */
    String basicCourse() {
        return basicCourse;
    }

    void prepare(Api.Credentials admin) {
        Latencies ignored = new Latencies();
        basicCourse = "BENCH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
        api.postJson(ignored, "setup", admin, "/api/admin/courses", Map.of("code", basicCourse, "title", "Базовый курс (нагрузка)",
                "kind", "BASIC", "price", "10000", "durationDays", 1));
        java.time.LocalDate first = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).plusDays(30);
        for (int i = 0; i < SESSION_COUNT; i++) {
            String day = first.plusDays(i).toString();
            api.postJson(ignored, "setup", admin, "/api/admin/courses/" + basicCourse + "/sessions", Map.of("startDate", day,
                    "endDate", day, "seats", SESSION_SEATS, "trainerName", "Тренер", "location", "Онлайн"));
        }
    }

    static String completeLabel(String taskKey) {
        return COMPLETE + " [" + taskKey + "]";
    }

    /** A company registered through the API, its user signed in once since (one call), as a real client keeps a session. */
    record Company(long n, String email, Api.Credentials credentials) {}

    /** The whole lifecycle, the company's registration (one BCrypt hash, by design) included. */
    void run(Latencies latencies) {
        run(latencies, register(latencies));
    }

    /** Registers a company and signs its user in once, for a lifecycle later: not part of that lifecycle's figures. */
    Company registerAndSignIn(Latencies latencies) {
        Company company = register(latencies);
        api.get(latencies, ME, company.credentials(), "/api/me");
        return company;
    }

    private Company register(Latencies latencies) {
        long n = sequence.incrementAndGet();
        String email = "load" + n + "@load" + n + ".example";
        String password = "load-password-" + n;
        api.postJson(latencies, REGISTER, null, "/api/registrations", Map.of(
                "companyName", "ООО «Нагрузка " + n + "»", "taxId", Long.toString(n), "region", "Казань",
                "contactName", "Тест Нагрузкин", "email", email, "phone", "+7 843 000-00-00", "password", password,
                "language", "ru"));
        return new Company(n, email, Api.Credentials.basic(email, password));
    }

    /** The lifecycle of a registered company: application, review, agreement, basic course, grant. */
    void run(Latencies latencies, Company company) {
        Api.Credentials partner = company.credentials();
        long n = company.n();
        String email = company.email();
        long id = api.postJson(latencies, APPLY, partner, "/api/applications", Map.of(
                "requestedStatus", "AUTHORIZED", "companyName", "ООО «Нагрузка " + n + "»", "region", "Казань",
                "website", "https://load" + n + ".example", "contactName", "Тест Нагрузкин", "contactEmail", email,
                "contactPhone", "+7 843 000-00-00", "activities", List.of("RESALE", "IMPLEMENTATION"), "teamSize", 7,
                "description", "Продажи и внедрение")).get("id").asLong();

        complete(latencies, reviewer, INBOX_REVIEWER, id, PartnerApplicationProcess.USER_REVIEW_APPLICATION, Map.of("decision", "APPROVE"));
        api.upload(latencies, UPLOAD, partner, "/api/applications/" + id + "/documents", "agreement-signed.pdf", PDF,
                Map.of("kind", "AGREEMENT"));
        complete(latencies, partner, INBOX_PARTNER, id, PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, Map.of());
        complete(latencies, reviewer, INBOX_REVIEWER, id, PartnerApplicationProcess.USER_CONFIRM_AGREEMENT, Map.of("decision", "APPROVE"));
        completeBasicTraining(latencies, partner, id);
        awaitApproved(latencies, partner, id);
    }

    /** The basic-training step: the partner enrols an employee, training staff confirm, and the trainer records a pass. */
    private void completeBasicTraining(Latencies latencies, Api.Credentials partner, long applicationId) {
        long session = -1;
        for (JsonNode s : api.get(latencies, SESSIONS, partner, "/api/courses/" + basicCourse + "/sessions?size=" + SESSION_COUNT).get("items")) {
            if (s.get("seatsLeft").asInt() > SEAT_HEADROOM) {
                session = s.get("id").asLong();
                break;
            }
        }
        if (session < 0) {
            throw new IllegalStateException("The benchmark's basic-course sessions are full");
        }
        long enrollment = api.postJson(latencies, ENROLL, partner, "/api/enrollments", Map.of("courseCode", basicCourse,
                "sessionId", session, "employeeName", "Иван Иванов", "employeeEmail", "ivan" + applicationId + "@load.example")).get("id").asLong();
        complete(latencies, reviewer, INBOX_REVIEWER, enrollment, TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT,
                Map.of("decision", "APPROVE"));
        sessionDayComes.accept(enrollment);
        complete(latencies, reviewer, INBOX_REVIEWER, enrollment, TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT,
                Map.of("result", "PASSED", "score", "91"));
    }

    private void complete(Latencies latencies, Api.Credentials who, String inboxLabel, long subjectId, String taskKey,
                          Map<String, Object> body) {
        String taskId = findTask(latencies, who, inboxLabel, subjectId, taskKey);
        long started = System.nanoTime();
        api.postJson(latencies, COMPLETE, who, "/api/tasks/" + taskId + "/complete", body);
        latencies.record(completeLabel(taskKey), System.nanoTime() - started);
    }

    /** The subject's id and the task key find the task: each task key belongs to one kind of subject. */
    private String findTask(Latencies latencies, Api.Credentials who, String label, long subjectId, String taskKey) {
        for (int page = 0; page < INBOX_PAGES; page++) {
            JsonNode body = api.get(latencies, label, who, "/api/tasks?size=20&page=" + page);
            for (JsonNode task : body.get("items")) {
                if (task.get("subject").get("id").asLong() == subjectId && taskKey.equals(task.get("taskKey").asText())) {
                    return task.get("id").asText();
                }
            }
            if ((long) (page + 1) * 20 >= body.get("total").asLong()) {
                break;
            }
        }
        throw new IllegalStateException("No open " + taskKey + " on " + subjectId + " in the inbox of " + who.username());
    }

    /** The grant runs as a job after the last task's transaction; the partner polls until it shows. */
    private void awaitApproved(Latencies latencies, Api.Credentials partner, long applicationId) {
        long started = System.nanoTime();
        long deadline = started + GRANT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String state = api.get(latencies, AWAIT_GRANT, partner, "/api/applications/" + applicationId).get("state").asText();
            if ("APPROVED".equals(state)) {
                latencies.record(GRANT_VISIBLE, System.nanoTime() - started);
                return;
            }
            LockSupport.parkNanos(10_000_000L);
        }
        throw new IllegalStateException("Application " + applicationId + " was not APPROVED within " + GRANT_TIMEOUT.toSeconds() + " s");
    }
}
