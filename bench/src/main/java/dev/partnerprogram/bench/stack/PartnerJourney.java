package dev.partnerprogram.bench.stack;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.bench.report.Latencies;
import dev.partnerprogram.processes.BasicTrainingRecordProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One simulated company and the reviewers it meets, through the JSON API: registration, application, review,
 * agreement upload and check, basic training, and the grant that makes it an Authorized partner — the steps of
 * {@code PartnerApplicationJourneyTest}, without the rework detour. Reviewers find their task as people do:
 * in the first page of their inbox, newest first.
 */
final class PartnerJourney {

    static final String REGISTER = "POST /api/registrations";
    static final String APPLY = "POST /api/applications";
    static final String UPLOAD = "POST /api/applications/{id}/documents";
    static final String INBOX_REVIEWER = "GET /api/tasks?size=20 (reviewer)";
    static final String INBOX_PARTNER = "GET /api/tasks?size=20 (partner)";
    static final String COMPLETE = "POST /api/tasks/{id}/complete";
    static final String AWAIT_GRANT = "GET /api/applications/{id} (until APPROVED)";
    /** Time from the last task's completion to the partner seeing APPROVED: the asynchronous grant. */
    static final String GRANT_VISIBLE = "grant job, until APPROVED is visible";

    static final byte[] PDF = "%PDF-1.4\n% benchmark agreement\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final int INBOX_PAGES = 50;
    private static final Duration GRANT_TIMEOUT = Duration.ofSeconds(60);

    private final Api api;
    private final Api.Credentials reviewer;
    private final AtomicLong sequence;

    PartnerJourney(Api api, Api.Credentials reviewer, long firstTaxId) {
        this.api = api;
        this.reviewer = reviewer;
        this.sequence = new AtomicLong(firstTaxId);
    }

    static String completeLabel(String taskKey) {
        return COMPLETE + " [" + taskKey + "]";
    }

    void run(Latencies latencies) {
        long n = sequence.incrementAndGet();
        String email = "load" + n + "@load" + n + ".example";
        String password = "load-password-" + n;
        api.postJson(latencies, REGISTER, null, "/api/registrations", Map.of(
                "companyName", "ООО «Нагрузка " + n + "»", "taxId", Long.toString(n), "region", "Казань",
                "contactName", "Тест Нагрузкин", "email", email, "phone", "+7 843 000-00-00", "password", password,
                "language", "ru"));
        Api.Credentials partner = Api.Credentials.basic(email, password);
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

    /**
     * The basic-training step: today the training staff record a pass on the stand-in {@code basic-training-record}
     * task. When the training-enrollment process replaces it, this is the one method to change.
     */
    private void completeBasicTraining(Latencies latencies, Api.Credentials partner, long applicationId) {
        complete(latencies, reviewer, INBOX_REVIEWER, applicationId, BasicTrainingRecordProcess.USER_RECORD_BASIC_TRAINING,
                Map.of("result", "PASSED", "employeeName", "Иван Иванов", "score", "91"));
    }

    private void complete(Latencies latencies, Api.Credentials who, String inboxLabel, long applicationId, String taskKey,
                          Map<String, Object> body) {
        String taskId = findTask(latencies, who, inboxLabel, applicationId, taskKey);
        long started = System.nanoTime();
        api.postJson(latencies, COMPLETE, who, "/api/tasks/" + taskId + "/complete", body);
        latencies.record(completeLabel(taskKey), System.nanoTime() - started);
    }

    private String findTask(Latencies latencies, Api.Credentials who, String label, long applicationId, String taskKey) {
        for (int page = 0; page < INBOX_PAGES; page++) {
            JsonNode body = api.get(latencies, label, who, "/api/tasks?size=20&page=" + page);
            for (JsonNode task : body.get("items")) {
                if (task.get("subject").get("id").asLong() == applicationId && taskKey.equals(task.get("taskKey").asText())) {
                    return task.get("id").asText();
                }
            }
            if ((long) (page + 1) * 20 >= body.get("total").asLong()) {
                break;
            }
        }
        throw new IllegalStateException("No open " + taskKey + " of application " + applicationId + " in the inbox of " + who.username());
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
