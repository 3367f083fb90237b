package dev.partnerprogram.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.partner.Quarter;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Steps towards a higher tier over the API: projects, specialists, payments, the plan, and the upgrade itself. */
public final class UpgradeScenario {
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Scenario scenario;
    private final SimulatedClock clock;

    public UpgradeScenario(Scenario scenario, SimulatedClock clock) {
        this.scenario = scenario;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(MOSCOW));
    }

    public JsonNode benefits(Scenario.Partner partner) {
        return ok(partner.api().get("/api/partners/" + partner.partnerId() + "/benefits"));
    }

    public JsonNode progress(Scenario.Partner partner) {
        return ok(partner.api().get("/api/partners/" + partner.partnerId() + "/progress"));
    }

    public JsonNode partner(Scenario.Partner partner) {
        return ok(partner.api().get("/api/partners/" + partner.partnerId()));
    }

    /** Completed projects of the given complexity, confirmed by a reviewer. */
    public void confirmedProjects(Scenario.Partner partner, int count, String complexity) {
        LocalDate today = today();
        for (int i = 0; i < count; i++) {
            var created = partner.api().post("/api/projects", Map.of("customer", "Заказчик " + SEQUENCE.incrementAndGet(),
                    "title", "Внедрение Directum RX", "complexity", complexity, "startedOn", today.minusMonths(6).toString(),
                    "completedOn", today.minusDays(1).toString(), "caseStudy", "Электронный документооборот на 500 рабочих мест"));
            assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
            var confirmed = scenario.reviewer().post("/api/projects/" + created.getBody().get("id").asLong() + "/review",
                    Map.of("decision", "CONFIRM"));
            assertThat(confirmed.getStatusCode().value()).as(String.valueOf(confirmed.getBody())).isEqualTo(200);
        }
    }

    /** Specialists of the partner who pass an exam today and hold a valid certificate. */
    public void certifiedSpecialists(Scenario.Partner partner, int count) {
        for (int i = 0; i < count; i++) {
            long n = SEQUENCE.incrementAndGet();
            var registered = partner.api().post("/api/certifications", Map.of("employeeName", "Специалист " + n,
                    "employeeEmail", "specialist" + n + "@" + partner.partnerId() + ".example", "track", "SETUP"));
            assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(201);
            long exam = registered.getBody().get("id").asLong();
            Scenario.completeOk(scenario.reviewer(), "certification", exam, SpecialistCertificationProcess.USER_SCHEDULE_EXAM,
                    Map.of("decision", "APPROVE", "examDate", today().toString()));
            Scenario.completeOk(scenario.reviewer(), "certification", exam, SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT,
                    Map.of("score", 90));
        }
    }

    /** A payment to the vendor recorded by an administrator. */
    public void pay(Scenario.Partner partner, LocalDate paidOn, String amount) {
        var response = scenario.admin().post("/api/admin/payments", Map.of("partnerId", partner.partnerId(),
                "paidOn", paidOn.toString(), "amount", amount, "kind", "SOFTWARE", "reference", "PAY-" + SEQUENCE.incrementAndGet()));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
    }

    /** Payments in each of the two quarters before today, as the Certified tier asks. */
    public void payInEachOfTheLastTwoQuarters(Scenario.Partner partner, String amount) {
        Quarter last = Quarter.of(today()).previous();
        pay(partner, last.start().plusDays(10), amount);
        pay(partner, last.previous().start().plusDays(10), amount);
    }

    public long addPlanItem(Scenario.Partner partner, String title) {
        var response = scenario.manager().post("/api/partners/" + partner.partnerId() + "/plan/items", Map.of("title", title));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    public void markPlanItem(Scenario.Partner partner, long itemId, boolean done) {
        ok(scenario.manager().post("/api/partners/" + partner.partnerId() + "/plan/items/" + itemId, Map.of("done", done)));
    }

    /** Asks for the next tier; answers the application as created (possibly rejected at once by the rules). */
    public JsonNode apply(Scenario.Partner partner, String tier) {
        var response = partner.api().post("/api/applications", Map.of("requestedStatus", tier,
                "description", "Портфель проектов и команда сертифицированных специалистов"));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody();
    }

    /** The partner applies, a reviewer approves, and the status is granted (asynchronously, awaited here). */
    public long upgradeApproved(Scenario.Partner partner, String tier) {
        JsonNode application = apply(partner, tier);
        assertThat(application.get("state").asText()).as(application.toString()).isEqualTo("IN_REVIEW");
        long id = application.get("id").asLong();
        Scenario.completeOk(scenario.reviewer(), id, StatusUpgradeProcess.USER_REVIEW_UPGRADE,
                Map.of("decision", "APPROVE", "comment", "Требования выполнены"));
        return id;
    }

    public void awaitStatus(Scenario.Partner partner, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> partner(partner).get("status").asText().equals(status));
    }

    /**
     * An Authorized partner that has held its status for a year: the time machine runs its first partner year, and it
     * has the projects, specialists and payments the Certified tier asks for.
     */
    public Scenario.Partner eligibleForCertified(TimeMachine time) {
        Scenario.Partner partner = scenario.authorizedPartner();
        awaitPartnerYear(time, partner);
        time.advanceTo(partner.partnerId(), clock.instant().plus(Duration.ofDays(380)));
        confirmedProjects(partner, 3, "MEDIUM");
        certifiedSpecialists(partner, 2);
        payInEachOfTheLastTwoQuarters(partner, "150000.00");
        return partner;
    }

    /** The partner-year process opens asynchronously after the grant; it then waits for the next quarter. */
    public void awaitPartnerYear(TimeMachine time, Scenario.Partner partner) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
                time.partnerYearTimer(partner.partnerId(), dev.partnerprogram.processes.PartnerYearProcess.TIMER_NEXT_QUARTER) != null);
    }

    /** The task keys of the caller's open tasks on one subject. */
    public static java.util.List<String> tasksOn(ApiClient.As who, String subjectType, long subjectId) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = who.get("/api/tasks?size=100&page=" + page).getBody();
            body.get("items").forEach(t -> {
                if (t.get("subject").get("id").asLong() == subjectId && t.get("subject").get("type").asText().equals(subjectType)) {
                    keys.add(t.get("taskKey").asText());
                }
            });
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                return keys;
            }
        }
    }

    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    private static JsonNode ok(org.springframework.http.ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }
}
