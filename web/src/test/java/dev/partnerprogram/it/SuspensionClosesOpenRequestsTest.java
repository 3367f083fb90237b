package dev.partnerprogram.it;

import static dev.partnerprogram.support.UpgradeScenario.MOSCOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.partnerprogram.processes.CaseStudyProcess;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.TimeMachine;
import dev.partnerprogram.support.UpgradeScenario;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * When a partner's agreement is suspended, nothing it asked for stays open. The table below opens one request of every
 * kind a partner starts — one row per facade that passes {@link PartnerRequestGuard#requireStarting}, found in the
 * classes, so a new kind that nobody added here fails the test — and, beside them, a project handover the partner
 * holds and one it is still queued for. The term then ends unrenewed on the simulated clock; each request is closed with
 * the note the partner reads, its process and tasks are gone, the handover it held moves on to the next proposed
 * partner, and no task of any kind is left on the partner's requests, in anyone's inbox, but its renewal.
 */
class SuspensionClosesOpenRequestsTest extends MarketingIntegrationTest {

    /** How one open request of a kind is made, and where the partner reads it. */
    private record Kind(String name, Set<String> facades, String processKey, Function<Scenario.Partner, Opened> open) {}

    /** The request as it was opened: its page in the API and the state it had then. */
    private record Opened(long id, String path, String openState) {}

    @Autowired
    TaskService taskService;

    private TimeMachine time;
    private UpgradeScenario upgrades;

    @BeforeEach
    void setUp() {
        time = new TimeMachine(simulatedClock, runtimeService, managementService).withAgreement();
        upgrades = new UpgradeScenario(scenario, simulatedClock);
    }

    private List<Kind> kinds() {
        return List.of(
                new Kind("upgrade application", Set.of("ApplicationWorkflow.submit", "UpgradeWorkflow.submit"), StatusUpgradeProcess.KEY,
                        this::upgradeApplication),
                new Kind("designation application", Set.of("DesignationWorkflow.submit"), DesignationCertificationProcess.KEY,
                        this::designationApplication),
                new Kind("exam registration", Set.of("CertificationWorkflow.register"), SpecialistCertificationProcess.KEY,
                        p -> opened(p.api().post("/api/certifications", Map.of("employeeName", "Открытый специалист",
                                "employeeEmail", "open-" + p.partnerId() + "@spec.example", "track", "SETUP")), "/api/certifications/")),
                new Kind("enrolment", Set.of("TrainingWorkflow.enroll"), TrainingEnrollmentProcess.KEY, this::enrolment),
                new Kind("compensation request", Set.of("CompensationWorkflow.submit"), MarketingCompensationProcess.KEY,
                        this::compensation),
                new Kind("joint event", Set.of("JointEventWorkflow.submit"), JointEventProcess.KEY,
                        p -> opened(p.api().post("/api/events", Map.of("title", "Конференция", "date", today().plusMonths(2).toString(),
                                "city", "Казань", "format", "OFFLINE", "expectedAudience", 60, "vendorRequest", "Доклад")), "/api/events/")),
                new Kind("deal registration", Set.of("DealWorkflow.register"), DealRegistrationProcess.KEY,
                        p -> opened(p.api().post("/api/deals", Map.of("customerName", "ООО «Клиент " + p.partnerId() + "»",
                                "customerTaxId", String.valueOf(7_200_000_000L + p.partnerId()), "region", "Казань", "expectedLicenses", 50,
                                "expectedAmount", "3000000.00", "expectedCloseDate", today().plusMonths(2).toString())), "/api/deals/")),
                new Kind("partner request", Set.of("PartnerRequestWorkflow.submit"), PartnerRequestProcess.KEY, this::partnerRequest),
                new Kind("case study", Set.of("CaseStudyWorkflow.submit"), CaseStudyProcess.KEY, this::caseStudy));
    }

    @Test
    void suspension_leavesNothingOpen_ofAnyKind() throws Exception {
        Set<String> covered = kinds().stream().flatMap(k -> k.facades().stream()).collect(Collectors.toSet());
        assertThat(covered).as("every kind of request a partner starts has its row").isEqualTo(guardedStarts());

        Scenario.Partner partner = signedPartner();
        long id = partner.partnerId();
        String region = "Регион приостановки " + ThreadLocalRandom.current().nextInt(1_000_000);
        jdbc.update("update partner_company set region = ? where id = ?", region, id);
        Map<Kind, Opened> opened = new LinkedHashMap<>();
        for (Kind kind : kinds()) {
            Opened o = kind.open().apply(partner);
            assertThat(time.running(kind.processKey(), o.id())).as(kind.name() + " is running").isEqualTo(1);
            opened.put(kind, o);
        }

        // A handover it holds, with another partner behind it; and one a higher tier holds, it being queued behind.
        Scenario.Partner next = partnerIn(region, "AUTHORIZED");
        long held = offer(region);
        assertThat(holder(held)).isEqualTo(id);
        Scenario.Partner higher = partnerIn(region, "CERTIFIED");
        long queued = offer(region);
        assertThat(holder(queued)).isEqualTo(higher.partnerId());

        LocalDate validUntil = LocalDate.parse(partner.api().get("/api/partners/" + id + "/agreement").getBody().get("validUntil").asText());
        String number = partner.api().get("/api/partners/" + id + "/agreement").getBody().get("number").asText();
        time.advanceTo(id, validUntil.plusDays(1).atStartOfDay(MOSCOW).toInstant().plusSeconds(120));
        assertThat(partner.api().get("/api/partners/" + id + "/agreement").getBody().get("state").asText()).isEqualTo("SUSPENDED");
        String note = "closed: agreement " + number + " suspended on " + validUntil.plusDays(1);

        for (var row : opened.entrySet()) {
            Kind kind = row.getKey();
            JsonNode now = partner.api().get(row.getValue().path()).getBody();
            assertThat(now.get("state").asText()).as(kind.name() + " closed").isNotEqualTo(row.getValue().openState());
            assertThat(now.toString()).as(kind.name() + " carries the note").contains(note);
            assertThat(time.running(kind.processKey(), row.getValue().id())).as(kind.name() + "'s process ended").isZero();
        }

        JsonNode moved = scenario.manager().get("/api/handovers/" + held).getBody();
        assertThat(moved.get("state").asText()).isEqualTo("OFFERED");
        assertThat(moved.get("partnerId").asLong()).as("offered to the next proposed partner").isEqualTo(next.partnerId());
        assertThat(offerOf(moved, id).get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(offerOf(moved, id).get("withdrawnReason").asText()).isEqualTo(note);
        JsonNode seen = partner.api().get("/api/handovers/" + held).getBody();
        assertThat(seen.get("offers")).as("the partner sees its own turn alone").hasSize(1);
        assertThat(seen.get("offers").get(0).get("withdrawnReason").asText()).isEqualTo(note);
        assertThat(seen.get("partnerName").isNull()).as("not who holds it now").isTrue();
        assertThat(partner.api().post("/api/handovers/" + held + "/accept", Map.of()).getStatusCode().value()).isEqualTo(409);
        String page = mvc.perform(get("/handovers/" + held).with(user(partner.email()).roles("PARTNER"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the note in the reader's language").contains("Closed: partner agreement " + number + " was suspended on");
        assertThat(Scenario.findTask(next.api(), "handover", held, ProjectHandoverProcess.USER_ANSWER_OFFER)).isNotNull();

        JsonNode stillHeld = scenario.manager().get("/api/handovers/" + queued).getBody();
        assertThat(stillHeld.get("partnerId").asLong()).isEqualTo(higher.partnerId());
        assertThat(offerOf(stillHeld, id).get("state").asText()).as("its turn will not come").isEqualTo("WITHDRAWN");
        assertThat(partner.api().get("/api/handovers/" + queued).getStatusCode().value()).as("never offered to it").isEqualTo(404);
        assertThat(higher.api().post("/api/handovers/" + queued + "/decline", Map.of()).getStatusCode().value()).isEqualTo(200);
        assertThat(scenario.manager().get("/api/handovers/" + queued).getBody().get("partnerId").asLong())
                .as("skips the suspended partner").isEqualTo(next.partnerId());

        // Whatever the kind: no task on the partner's requests is left in anyone's inbox but its renewal (processes of
        // what it holds, such as a certificate that runs to its expiry, wait for no one).
        assertThat(taskService.createTaskQuery().processVariableValueEquals("partnerId", id).list()).extracting(Task::getTaskDefinitionKey)
                .as("tasks still open on the partner's requests").containsExactly(PartnerAgreementProcess.USER_UPLOAD_RENEWAL);
        assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals(ProjectHandoverProcess.OFFERED_TO.name(), id).count())
                .isZero();
        assertThat(taskService.createTaskQuery().taskCandidateGroup("partner-" + id).list()).extracting(Task::getTaskDefinitionKey)
                .containsExactly(PartnerAgreementProcess.USER_UPLOAD_RENEWAL);
    }

    /**
     * Every facade through which a partner starts a request: those that call the guard's {@code requireStarting}, or its
     * {@code start}, which checks the caller the same way before it stores anything.
     */
    private static Set<String> guardedStarts() {
        Set<String> starts = new HashSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.partnerprogram.workflow")
                .stream().filter(c -> !c.isEquivalentTo(PartnerRequestGuard.class)).flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().isEquivalentTo(PartnerRequestGuard.class)
                        && Set.of("requireStarting", "start").contains(call.getName())))
                .map(SuspensionClosesOpenRequestsTest::name).forEach(starts::add);
        return starts;
    }

    private static String name(JavaMethod method) {
        return method.getOwner().getSimpleName() + "." + method.getName();
    }

    private Opened upgradeApplication(Scenario.Partner partner) {
        // What the Certified tier asks for: a year in the tier, projects, specialists, payments.
        jdbc.update("update status_history set at = at - interval '13 months' where partner_id = ?", partner.partnerId());
        upgrades.confirmedProjects(partner, 3, "MEDIUM");
        upgrades.certifiedSpecialists(partner, 2);
        upgrades.payInEachOfTheLastTwoQuarters(partner, "150000.00");
        return opened(partner.api().post("/api/applications", Map.of("requestedStatus", "CERTIFIED",
                "description", "Портфель проектов и команда сертифицированных специалистов")), "/api/applications/", "IN_REVIEW");
    }

    private Opened designationApplication(Scenario.Partner partner) {
        for (String name : List.of("dev1", "dev2")) {
            var registered = partner.api().post("/api/certifications", Map.of("employeeName", name,
                    "employeeEmail", name + "@" + partner.partnerId() + ".example", "track", "DEVELOPMENT"));
            long exam = registered.getBody().get("id").asLong();
            Scenario.completeOk(scenario.reviewer(), "certification", exam, SpecialistCertificationProcess.USER_SCHEDULE_EXAM,
                    Map.of("decision", "APPROVE", "examDate", today().toString()));
            Scenario.completeOk(scenario.reviewer(), "certification", exam, SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT,
                    Map.of("score", 90));
        }
        return opened(partner.api().post("/api/applications", new HashMap<>(Map.of("requestedStatus", "DEVELOPER_PARTNER",
                "solutions", "Модуль закупок", "supportArrangements", "Линия поддержки 8x5"))), "/api/applications/", "IN_REVIEW");
    }

    /** A request for an activity tomorrow, with a budget of its region for that year: still before its activity. */
    private Opened compensation(Scenario.Partner partner) {
        LocalDate tomorrow = today().plusDays(1);
        String region = "Регион компенсации " + ThreadLocalRandom.current().nextInt(1_000_000);
        var budget = scenario.manager().post("/api/budgets", Map.of("region", region, "year", tomorrow.getYear(), "amount", "500000.00"));
        assertThat(budget.getStatusCode().value()).as(String.valueOf(budget.getBody())).isEqualTo(201);
        return opened(partner.api().post("/api/compensations", MarketingScenario.request(region, tomorrow, tomorrow, "50000.00")),
                "/api/compensations/");
    }

    private Opened enrolment(Scenario.Partner partner) {
        String course = scenario.course("SETUP", "30000");
        return opened(scenario.enroll(partner, course, scenario.session(course, 10, 5), "open-enrolment", Map.of()),
                "/api/enrollments/");
    }

    private Opened partnerRequest(Scenario.Partner partner) {
        var solution = scenario.admin().post("/api/solutions", Map.of("name", "Решение " + ThreadLocalRandom.current().nextInt(1_000_000)));
        assertThat(solution.getStatusCode().value()).as(String.valueOf(solution.getBody())).isEqualTo(201);
        return opened(partner.api().post("/api/partner-requests", Map.of("kind", "SOLUTION_SALE",
                "solutionId", solution.getBody().get("id").asLong(), "customerName", "ООО «Заказчик»",
                "details", "Помогите с демонстрацией")), "/api/partner-requests/");
    }

    private Opened caseStudy(Scenario.Partner partner) {
        var project = partner.api().post("/api/projects", Map.of("customer", "ООО «Клиент»", "title", "Архив", "complexity", "MEDIUM",
                "startedOn", today().minusMonths(3).toString(), "completedOn", today().toString(), "caseStudy", "Описание"));
        assertThat(project.getStatusCode().value()).as(String.valueOf(project.getBody())).isEqualTo(201);
        long projectId = project.getBody().get("id").asLong();
        assertThat(scenario.reviewer().post("/api/projects/" + projectId + "/review", Map.of("decision", "CONFIRM"))
                .getStatusCode().value()).isEqualTo(200);
        return opened(partner.api().post("/api/case-studies", Map.of("projectId", projectId, "title", "Архив за три месяца",
                "summary", "Как заказчик перевёл архив в Directum RX", "customerConsent", true)), "/api/case-studies/");
    }

    private static Opened opened(ResponseEntity<JsonNode> created, String path) {
        assertThat(created.getStatusCode().value()).as(path + " " + created.getBody()).isEqualTo(201);
        long id = created.getBody().get("id").asLong();
        return new Opened(id, path + id, created.getBody().get("state").asText());
    }

    private static Opened opened(ResponseEntity<JsonNode> created, String path, String expectedState) {
        Opened o = opened(created, path);
        assertThat(o.openState()).as(path + " " + created.getBody()).isEqualTo(expectedState);
        return o;
    }

    private Scenario.Partner partnerIn(String region, String status) {
        Scenario.Partner partner = marketing.authorizedPartner();
        jdbc.update("update partner_company set region = ?, status = ? where id = ?", region, status, partner.partnerId());
        return partner;
    }

    private long offer(String region) {
        var offered = scenario.manager().post("/api/handovers", Map.of("title", "Внедрение Directum RX", "customerName", "ООО «Заказчик»",
                "region", region, "kind", "IMPLEMENTATION"));
        assertThat(offered.getStatusCode().value()).as(String.valueOf(offered.getBody())).isEqualTo(201);
        return offered.getBody().get("id").asLong();
    }

    private long holder(long handover) {
        return scenario.manager().get("/api/handovers/" + handover).getBody().get("partnerId").asLong();
    }

    private static JsonNode offerOf(JsonNode handover, long partnerId) {
        List<JsonNode> offers = new ArrayList<>();
        handover.get("offers").forEach(o -> {
            if (o.get("partnerId").asLong() == partnerId) {
                offers.add(o);
            }
        });
        assertThat(offers).hasSize(1);
        return offers.get(0);
    }

    private Scenario.Partner signedPartner() {
        Scenario.Partner partner = scenario.authorizedPartner();
        time.awaitAgreementScheduled(partner.partnerId());
        return partner;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(simulatedClock.instant(), MOSCOW);
    }
}
