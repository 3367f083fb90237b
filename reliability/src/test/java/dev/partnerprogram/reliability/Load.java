package dev.partnerprogram.reliability;

import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_RECORD_PAYMENT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_REVIEW_COMPENSATION;
import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_VERIFY_CLAIM;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVIEW_APPLICATION;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.reliability.Acknowledged.Kind;
import dev.partnerprogram.reliability.Http.Reply;
import dev.partnerprogram.reliability.Http.Who;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lifecycles through the JSON API by a few concurrent clients. Each step is sent once; when its outcome is not known
 * (no node answered, or 503) the client first looks whether the step took effect, and sends it again only if it did
 * not — so a retry never makes a second application, compensation or payment of its own.
 */
final class Load {
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final byte[] PDF = "%PDF-1.4\n% reliability invoice\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final Duration STEP_DEADLINE = Duration.ofSeconds(90);
    private static final long PAUSE_NANOS = 300_000_000L;

    /** Staff and the companies that ask for compensation, created once for the whole suite. */
    record Actors(Who reviewer, String region, List<Partner> compensationPartners, String runTag) {}

    record Partner(long id, Who who) {}

    private final Http http;
    private final Actors actors;
    private final Acknowledged acknowledged = new Acknowledged();
    private final AtomicInteger finished = new AtomicInteger();

    Load(Http http, Actors actors) {
        this.http = http;
        this.actors = actors;
    }

    Acknowledged acknowledged() {
        return acknowledged;
    }

    int finished() {
        return finished.get();
    }

    /** Runs the lifecycles on {@code clients} threads; returns when every one has finished or failed. */
    void run(List<Lifecycle> lifecycles, int clients) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Lifecycle lifecycle : lifecycles) {
                futures.add(pool.submit(() -> {
                    try {
                        drive(lifecycle);
                    } catch (RuntimeException e) {
                        lifecycle.failure = e.getMessage();
                    } finally {
                        finished.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void drive(Lifecycle lifecycle) {
        switch (lifecycle.kind) {
            case APPLICATION_REJECTED -> application(lifecycle, "REJECT", "Компания не ведёт продаж ПО", Set.of("REJECTED"));
            case APPLICATION_TIMED_OUT -> application(lifecycle, "REWORK", "Приложите описание проектов", Set.of("REWORK", "WITHDRAWN"));
            case COMPENSATION_PAID -> compensationPaid(lifecycle);
            case COMPENSATION_CANCELLED -> compensationCancelled(lifecycle);
        }
    }

    private void application(Lifecycle lifecycle, String decision, String comment, Set<String> statesAfterReview) {
        String email = "app" + lifecycle.number + "-" + actors.runTag() + "@load.example";
        Who partner = Who.basic(email, "reliability-password-" + lifecycle.number);
        String taxId = String.format("7%09d", lifecycle.number);
        long partnerId = step("register", Kind.REGISTRATION,
                () -> {
                    Reply me = readUntilAnswered(() -> http.getMaybeUnknownUser(partner, "/api/me"));
                    return me.ok() ? Optional.of(me.body().get("partnerId").asLong()) : Optional.empty();
                },
                () -> http.post(null, "/api/registrations", Map.of("companyName", "ООО «Надёжность " + lifecycle.number + "»",
                        "taxId", taxId, "region", actors.region(), "contactName", "Проверка Отказов", "email", email,
                        "phone", "+7 843 000-00-00", "password", "reliability-password-" + lifecycle.number, "language", "ru")),
                r -> r.body().get("partnerId").asLong());
        long applicationId = step("apply", Kind.APPLICATION,
                () -> firstItemId(readOk(() -> http.get(partner, "/api/applications?size=5"))),
                () -> http.post(partner, "/api/applications", Map.of("requestedStatus", "AUTHORIZED",
                        "companyName", "ООО «Надёжность " + lifecycle.number + "»", "region", actors.region(),
                        "website", "https://reliability" + lifecycle.number + ".example", "contactName", "Проверка Отказов",
                        "contactEmail", email, "contactPhone", "+7 843 000-00-00", "activities", List.of("RESALE", "IMPLEMENTATION"),
                        "teamSize", 5, "description", "Продажи и внедрение")),
                r -> r.body().get("id").asLong());
        lifecycle.subjectId = applicationId;
        completeTask(partnerId, applicationId, USER_REVIEW_APPLICATION, Map.of("decision", decision, "comment", comment),
                () -> statesAfterReview.contains(applicationState(partner, applicationId)));
    }

    private void compensationPaid(Lifecycle lifecycle) {
        Partner partner = partnerFor(lifecycle);
        LocalDate today = LocalDate.now(ZONE);
        long id = submitCompensation(lifecycle, partner, today);
        completeTask(partner.id(), id, USER_REVIEW_COMPENSATION, Map.of("decision", "APPROVE"),
                () -> "APPROVED".equals(compensationState(partner, id)));
        Map<String, Object> claim = Map.of("actualExpenses", List.of(Map.of("description", "Аренда зала", "amount", "10000.00")),
                "results", "Пришли 40 человек, 8 лидов", "actualAudience", 40, "actualLeads", 8);
        step("claim", Kind.CLAIM,
                () -> "APPROVED".equals(compensationState(partner, id)) ? Optional.empty() : Optional.of(id),
                () -> http.postMultipart(partner.who(), "/api/compensations/" + id + "/claim", "claim", claim, "files",
                        Map.of("invoice.pdf", PDF), Map.of("kind", "INVOICE")),
                r -> id);
        JsonNode lines = readOk(() -> http.get(partner.who(), "/api/compensations/" + id)).body().get("lines");
        Map<String, Object> verification = new HashMap<>();
        verification.put("decision", "APPROVE");
        lines.forEach(line -> verification.put("line-" + line.get("id").asLong() + "-decision", "ACCEPT"));
        completeTask(partner.id(), id, USER_VERIFY_CLAIM, verification,
                () -> Set.of("PAYMENT_PENDING", "PAID").contains(compensationState(partner, id)));
        completeTask(partner.id(), id, USER_RECORD_PAYMENT, Map.of("paymentDate", today.toString(),
                        "paymentDocument", "PP-" + actors.runTag() + "-" + id),
                () -> "PAID".equals(compensationState(partner, id)));
    }

    private void compensationCancelled(Lifecycle lifecycle) {
        Partner partner = partnerFor(lifecycle);
        long id = submitCompensation(lifecycle, partner, LocalDate.now(ZONE).plusDays(20));
        completeTask(partner.id(), id, USER_REVIEW_COMPENSATION, Map.of("decision", "APPROVE"),
                () -> "APPROVED".equals(compensationState(partner, id)));
        step("cancel", Kind.CANCELLATION,
                () -> "CANCELLED".equals(compensationState(partner, id)) ? Optional.of(id) : Optional.empty(),
                () -> http.post(partner.who(), "/api/compensations/" + id + "/cancel", Map.of()),
                r -> id);
    }

    private Partner partnerFor(Lifecycle lifecycle) {
        return actors.compensationPartners().get(lifecycle.number % actors.compensationPartners().size());
    }

    private long submitCompensation(Lifecycle lifecycle, Partner partner, LocalDate day) {
        String title = "Семинар " + actors.runTag() + " №" + lifecycle.number;
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", "EVENT");
        body.put("region", actors.region());
        body.put("plannedStart", day.toString());
        body.put("plannedEnd", day.toString());
        body.put("plannedBudget", "20000.00");
        body.put("expectedAudience", 40);
        body.put("expectedLeads", 8);
        body.put("description", "Семинар для заказчиков региона");
        long id = step("submit compensation", Kind.COMPENSATION,
                () -> findCompensation(partner, title),
                () -> http.post(partner.who(), "/api/compensations", body),
                r -> r.body().get("id").asLong());
        lifecycle.subjectId = id;
        return id;
    }

    private Optional<Long> findCompensation(Partner partner, String title) {
        for (int page = 0; ; page++) {
            int p = page;
            JsonNode body = readOk(() -> http.get(partner.who(), "/api/compensations?size=100&page=" + p)).body();
            for (JsonNode c : body.get("items")) {
                if (title.equals(c.get("title").asText())) {
                    return Optional.of(c.get("id").asLong());
                }
            }
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                return Optional.empty();
            }
        }
    }

    /** Finds the reviewer's open task on the subject and completes it; a task already gone counts when the state moved on. */
    private void completeTask(long partnerId, long subjectId, String taskKey, Map<String, Object> form, Supplier<Boolean> movedOn) {
        Deadline deadline = new Deadline();
        while (true) {
            Optional<String> task = findTask(partnerId, subjectId, taskKey);
            if (task.isEmpty()) {
                if (movedOn.get()) {
                    return;
                }
                deadline.check("no open " + taskKey + " on " + subjectId);
                LockSupport.parkNanos(PAUSE_NANOS);
                continue;
            }
            Reply reply = http.post(actors.reviewer(), "/api/tasks/" + task.get() + "/complete", form);
            if (reply.ok()) {
                acknowledged.add(Kind.TASK_COMPLETED, task.get());
                return;
            }
            if (!reply.unknownOutcome() && reply.status() != 409 && reply.status() != 404) {
                throw new IllegalStateException("complete " + taskKey + " on " + subjectId + ": " + reply);
            }
            deadline.check("complete " + taskKey + " on " + subjectId + ": " + reply);
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    private Optional<String> findTask(long partnerId, long subjectId, String taskKey) {
        for (int page = 0; ; page++) {
            int p = page;
            JsonNode body = readOk(() -> http.get(actors.reviewer(), "/api/tasks?size=100&partner=" + partnerId + "&task=" + taskKey
                    + "&page=" + p)).body();
            for (JsonNode t : body.get("items")) {
                if (t.get("subject").get("id").asLong() == subjectId && taskKey.equals(t.get("taskKey").asText())) {
                    return Optional.of(t.get("id").asText());
                }
            }
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                return Optional.empty();
            }
        }
    }

    private String applicationState(Who partner, long id) {
        return readOk(() -> http.get(partner, "/api/applications/" + id)).body().get("state").asText();
    }

    private String compensationState(Partner partner, long id) {
        return readOk(() -> http.get(partner.who(), "/api/compensations/" + id)).body().get("state").asText();
    }

    private static Optional<Long> firstItemId(Reply list) {
        JsonNode items = list.body().get("items");
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).get("id").asLong());
    }

    /**
     * Sends a step; on an unknown outcome looks with {@code observe} whether it took effect before sending it again.
     * Any other refusal fails the lifecycle. Only a 2xx is recorded as acknowledged, with the id it answered.
     */
    private <T> T step(String name, Kind kind, Supplier<Optional<T>> observe, Supplier<Reply> attempt, Function<Reply, T> acknowledgedResult) {
        Deadline deadline = new Deadline();
        while (true) {
            Reply reply = attempt.get();
            if (reply.ok()) {
                T result = acknowledgedResult.apply(reply);
                acknowledged.add(kind, result);
                return result;
            }
            if (!reply.unknownOutcome()) {
                throw new IllegalStateException(name + ": " + reply);
            }
            deadline.check(name + ": " + reply);
            LockSupport.parkNanos(PAUSE_NANOS);
            Optional<T> seen = observe.get();
            if (seen.isPresent()) {
                return seen.get();
            }
        }
    }

    /** A read, repeated while no node can answer it; a definite answer (2xx or a refusal) is returned. */
    private Reply readUntilAnswered(Supplier<Reply> read) {
        Deadline deadline = new Deadline();
        while (true) {
            Reply reply = read.get();
            if (!reply.unknownOutcome()) {
                return reply;
            }
            deadline.check("read: " + reply);
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    private Reply readOk(Supplier<Reply> read) {
        Reply reply = readUntilAnswered(read);
        if (!reply.ok()) {
            throw new IllegalStateException("read: " + reply);
        }
        return reply;
    }

    private static final class Deadline {
        private final long end = System.nanoTime() + STEP_DEADLINE.toNanos();

        void check(String what) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("gave up after " + STEP_DEADLINE.toSeconds() + " s: " + what);
            }
        }
    }
}
