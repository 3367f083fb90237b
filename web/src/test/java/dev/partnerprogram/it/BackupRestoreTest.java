package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.AgreementTerminationProcess;
import dev.partnerprogram.processes.CaseStudyProcess;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.processes.FreeTrainingSeatsProcess;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.PostgresTestDatabase;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.SeparateApplication;
import dev.partnerprogram.support.SimulatedClock;
import dev.partnerprogram.support.UpgradeScenario;
import java.io.File;
import java.math.BigDecimal;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's backup and restore, done to a running system: open processes of every kind, {@code pg_dump -Fc} of its
 * database while it runs, {@code pg_restore} into a fresh database, a second application started on that copy, and
 * every open process driven on from there. A process without a continuation here fails the test, so a new process
 * must be added to it.
 */
class BackupRestoreTest extends IntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The manager who decides on the termination that {@code it-manager} asked for (four eyes). */
    private static final String SECOND_MANAGER = "it-manager-restore";

    @Autowired
    RepositoryService repository;

    /** The partners the open processes belong to, and the subjects they are about. */
    record Subjects(Scenario.Partner authorized, Scenario.Partner applicant, long application, long enrollment,
                    long compensation, long event, long pendingExam, long designation, long upgrade, long deal,
                    Scenario.Partner offeredHandover, long handover, long partnerRequest, long caseStudy) {}

    /** The application restored from the dump, driven over HTTP; its engine only runs timers that are not yet due. */
    record Restored(Scenario scenario, ApiClient api, RuntimeService runtime, ManagementService management, HistoryService history) {
        ApiClient.As as(Scenario.Partner partner) {
            return api.as(partner.email(), partner.password());
        }
    }

    interface Continuation {
        void drive(Restored restored, Subjects subjects, List<String> instanceIds);
    }

    /**
     * How each process goes on after the restore, to its end (the partner year has none: it goes on to its next year),
     * in this order: the partner year after the others, since closing it regrants the partner's quotas, and the agreement
     * last, since its lapse ends the partner year.
     */
    private static final Map<String, Continuation> CONTINUATIONS = continuations();

    private static Map<String, Continuation> continuations() {
        Map<String, Continuation> continuations = new LinkedHashMap<>();
        continuations.put(PartnerApplicationProcess.KEY, BackupRestoreTest::approveJoinApplication);
        continuations.put(TrainingEnrollmentProcess.KEY, (r, s, ids) -> {
            r.scenario().attend(s.enrollment(), "PASSED", 92);
            assertThat(state(r.as(s.applicant()), "/api/enrollments/" + s.enrollment())).isEqualTo("PASSED");
        });
        continuations.put(MarketingCompensationProcess.KEY, (r, s, ids) -> {
            Scenario.completeOk(r.scenario().reviewer(), "compensation", s.compensation(),
                    MarketingCompensationProcess.USER_REVIEW_COMPENSATION, Map.of("decision", "REJECT", "comment", "Вне бюджета"));
            assertThat(state(r.as(s.authorized()), "/api/compensations/" + s.compensation())).isEqualTo("REJECTED");
        });
        continuations.put(JointEventProcess.KEY, (r, s, ids) -> {
            Scenario.completeOk(r.scenario().reviewer(), "joint-event", s.event(), JointEventProcess.USER_REVIEW_EVENT,
                    Map.of("decision", "REJECT", "comment", "Нет свободных сотрудников"));
            assertThat(state(r.as(s.authorized()), "/api/events/" + s.event())).isEqualTo("REJECTED");
        });
        continuations.put(SpecialistCertificationProcess.KEY, (r, s, ids) -> {
            Scenario.completeOk(r.scenario().reviewer(), "certification", s.pendingExam(),
                    SpecialistCertificationProcess.USER_SCHEDULE_EXAM, Map.of("decision", "REJECT", "comment", "Нет мест"));
            // The certified specialists' instances wait for their reminders and the certificate's end.
            ids.forEach(id -> runTimersToTheEnd(r, id));
        });
        continuations.put(DesignationCertificationProcess.KEY, (r, s, ids) -> {
            Scenario.completeOk(r.scenario().reviewer(), s.designation(), DesignationCertificationProcess.USER_TECHNICAL_REVIEW,
                    Map.of("decision", "REJECT", "comment", "Решения не поддерживаются"));
            assertThat(state(r.as(s.authorized()), "/api/applications/" + s.designation())).isEqualTo("REJECTED");
        });
        continuations.put(StatusUpgradeProcess.KEY, (r, s, ids) -> {
            Scenario.completeOk(r.scenario().reviewer(), s.upgrade(), StatusUpgradeProcess.USER_REVIEW_UPGRADE,
                    Map.of("decision", "REJECT", "comment", "Рано"));
            assertThat(state(r.as(s.authorized()), "/api/applications/" + s.upgrade())).isEqualTo("REJECTED");
        });
        continuations.put(DealRegistrationProcess.KEY, (r, s, ids) -> {
            Scenario.completeOk(r.scenario().manager(), "deal", s.deal(), DealRegistrationProcess.USER_REVIEW_DEAL,
                    Map.of("decision", "REJECT", "comment", "Заказчик уже ведёт закупку сам"));
            assertThat(state(r.as(s.authorized()), "/api/deals/" + s.deal())).isEqualTo("REJECTED");
        });
        // The only partner offered the project declines it, so the handover ends unassigned.
        continuations.put(ProjectHandoverProcess.KEY, (r, s, ids) -> {
            var declined = r.as(s.offeredHandover()).post("/api/handovers/" + s.handover() + "/decline", Map.of());
            assertThat(declined.getStatusCode().value()).as(String.valueOf(declined.getBody())).isEqualTo(200);
        });
        continuations.put(PartnerRequestProcess.KEY, (r, s, ids) -> {
            Scenario.completeOk(r.scenario().reviewer(), "partner-request", s.partnerRequest(), PartnerRequestProcess.USER_ANSWER_REQUEST,
                    Map.of("decision", "REJECT", "comment", "Программа форума уже сформирована"));
            assertThat(state(r.as(s.authorized()), "/api/partner-requests/" + s.partnerRequest())).isEqualTo("DECLINED");
        });
        continuations.put(CaseStudyProcess.KEY, (r, s, ids) -> {
            Scenario.completeOk(r.scenario().reviewer(), "case-study", s.caseStudy(), CaseStudyProcess.USER_REVIEW_CASE_STUDY,
                    Map.of("decision", "APPROVE"));
            assertThat(state(r.as(s.authorized()), "/api/case-studies/" + s.caseStudy())).isEqualTo("APPROVED");
        });
        continuations.put(AgreementTerminationProcess.KEY, (r, s, ids) -> Scenario.completeOk(r.api().as(SECOND_MANAGER, STAFF_PASSWORD),
                "agreement", s.authorized().partnerId(), AgreementTerminationProcess.USER_APPROVE_TERMINATION,
                Map.of("decision", "REJECT", "comment", "Долг погашен")));
        continuations.put(FreeTrainingSeatsProcess.KEY, (r, s, ids) -> ids.forEach(id -> runTimersToTheEnd(r, id)));
        continuations.put(PartnerYearProcess.KEY, BackupRestoreTest::closeThePartnerYear);
        // The agreement's timers to its end: reminders, suspension, and the lapse, which ends the partner year too.
        continuations.put(PartnerAgreementProcess.KEY, (r, s, ids) -> ids.forEach(id -> runTimersToTheEnd(r, id)));
        return continuations;
    }

    @Test
    void aDumpOfTheRunningSystem_restoredIntoAFreshDatabase_carriesEveryOpenProcessOn(@TempDir Path folder) throws Exception {
        Set<String> before = activeInstanceIds(runtimeService);
        Subjects subjects = openProcessesOfEveryKind();
        Map<String, List<String>> ours = byProcessKey(runtimeService, activeInstanceIds(runtimeService).stream()
                .filter(id -> !before.contains(id)).collect(Collectors.toSet()));
        awaitSettled(ours);

        Set<String> deployed = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> d.getKey()).collect(Collectors.toCollection(TreeSet::new));
        Map<String, Long> open = new TreeMap<>();
        runtimeService.createProcessInstanceQuery().active().list()
                .forEach(i -> open.merge(keyOf(repository, i), 1L, Long::sum));
        System.out.println("backup: open instances by process at the dump " + open + "; started by this test " +
                ours.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(), (a, b) -> a, TreeMap::new)));
        assertThat(Stream.concat(deployed.stream(), open.keySet().stream()).filter(key -> !CONTINUATIONS.containsKey(key)).toList())
                .as("processes with open instances but no continuation written in this test").isEmpty();
        assertThat(ours.keySet()).as("processes this test leaves open for the restore").containsExactlyInAnyOrderElementsOf(deployed);

        Path dump = folder.resolve("partner-program.dump");
        String copy = SeparateApplication.testDatabase() + "_restored";
        run(tool("pg_dump"), "--format=custom", "--no-owner", "--file=" + dump, connection(SeparateApplication.testDatabase()));
        SeparateApplication.recreate(copy);
        run(tool("pg_restore"), "--no-owner", "--exit-on-error", connection(copy), dump.toString());

        try (ConfigurableApplicationContext app = SeparateApplication.start(copy, "--camunda.bpm.job-execution.enabled=true")) {
            Restored restored = restored(app);
            CONTINUATIONS.forEach((key, continuation) -> continuation.drive(restored, subjects, ours.get(key)));
            List<String> stillOpen = new ArrayList<>();
            ours.forEach((key, ids) -> ids.stream()
                    .filter(id -> !key.equals(PartnerYearProcess.KEY))
                    .filter(id -> restored.history().createHistoricProcessInstanceQuery().processInstanceId(id).finished().count() == 0)
                    .forEach(id -> stillOpen.add(key + " " + id)));
            assertThat(stillOpen).as("instances open at the dump that did not reach an end on the restored system").isEmpty();
        } finally {
            SeparateApplication.drop(copy);
        }
        // The source system was not touched by any of it.
        assertThat(activeInstanceIds(runtimeService)).containsAll(ours.values().stream().flatMap(List::stream).toList());
    }

    /**
     * One Authorized partner with, open: its partner year and free seats, two certified specialists, a designation and
     * an upgrade application in review, a compensation request, a joint event, an exam registration; and one company
     * whose join application is in review and whose employee waits for an enrolment to be confirmed.
     */
    private Subjects openProcessesOfEveryKind() {
        UpgradeScenario upgrades = new UpgradeScenario(scenario, simulatedClock);
        MarketingScenario marketing = new MarketingScenario(scenario, jdbc);
        LocalDate today = upgrades.today();

        Scenario.Partner authorized = scenario.authorizedPartner();
        for (int i = 0; i < 2; i++) {
            long exam = created(authorized.api().post("/api/certifications", Map.of("employeeName", "Разработчик " + i,
                    "employeeEmail", "dev" + i + "-" + authorized.partnerId() + "@dev.example", "track", "DEVELOPMENT")));
            Scenario.completeOk(scenario.reviewer(), "certification", exam, SpecialistCertificationProcess.USER_SCHEDULE_EXAM,
                    Map.of("decision", "APPROVE", "examDate", today.toString()));
            Scenario.completeOk(scenario.reviewer(), "certification", exam, SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT,
                    Map.of("score", 95));
        }
        long designation = created(authorized.api().post("/api/applications", Map.of("requestedStatus", "DEVELOPER_PARTNER",
                "solutions", "Модуль закупок на Directum RX\nИнтеграция с 1С", "supportArrangements", "Линия поддержки 8x5")));
        // Authorized for over a year: the upgrade is judged eligible and waits for a reviewer.
        jdbc.update("update status_history set at = at - interval '400 days' where partner_id = ?", authorized.partnerId());
        upgrades.confirmedProjects(authorized, 3, "MEDIUM");
        upgrades.payInEachOfTheLastTwoQuarters(authorized, "150000.00");
        JsonNode upgrade = upgrades.apply(authorized, "CERTIFIED");
        assertThat(upgrade.get("state").asText()).as(upgrade.toString()).isEqualTo("IN_REVIEW");
        MarketingScenario.Budget budget = marketing.budget("500000.00");
        long compensation = marketing.submit(authorized, MarketingScenario.request(budget.region(), today.plusDays(10),
                today.plusDays(10), "40000.00"));
        long event = created(authorized.api().post("/api/events", Map.of("title", "Конференция", "date",
                today.plusMonths(2).toString(), "city", "Казань", "format", "OFFLINE", "expectedAudience", 60, "vendorRequest", "Доклад о Directum RX")));
        long pendingExam = created(authorized.api().post("/api/certifications", Map.of("employeeName", "Новичок",
                "employeeEmail", "new-" + authorized.partnerId() + "@dev.example", "track", "SETUP")));

        long deal = created(authorized.api().post("/api/deals", Map.of("customerName", "ООО «Восстановление " + authorized.partnerId() + "»",
                "customerTaxId", String.valueOf(7_000_000_000L + authorized.partnerId()), "region", "Казань",
                "expectedAmount", new BigDecimal("1500000.00"), "expectedCloseDate", today.plusMonths(2).toString())));
        // A region of its own, so that the offer goes to this partner alone.
        Scenario.Partner offeredHandover = scenario.authorizedPartner();
        String handoverRegion = "Регион восстановления " + offeredHandover.partnerId();
        jdbc.update("update partner_company set region = ? where id = ?", handoverRegion, offeredHandover.partnerId());
        long handover = created(scenario.manager().post("/api/handovers", Map.of("title", "Сопровождение Directum RX",
                "customerName", "ООО «Заказчик»", "region", handoverRegion, "kind", "SUPPORT")));
        long partnerRequest = created(authorized.api().post("/api/partner-requests", Map.of("kind", "VENDOR_EVENT", "event", "FORUM",
                "eventRole", "PARTICIPANT", "details", "Стенд на форуме")));
        long project = created(authorized.api().post("/api/projects", Map.of("customer", "ООО «Кейс»", "title", "Архив",
                "complexity", "MEDIUM", "startedOn", today.minusMonths(2).toString(), "completedOn", today.toString(), "caseStudy", "Архив")));
        assertThat(scenario.reviewer().post("/api/projects/" + project + "/review", Map.of("decision", "CONFIRM"))
                .getStatusCode().value()).isEqualTo(200);
        long caseStudy = created(authorized.api().post("/api/case-studies", Map.of("projectId", project, "title", "Архив за месяц",
                "summary", "Рассказ", "customerConsent", true)));
        staff(SECOND_MANAGER, Set.of(Role.MANAGER, Role.REVIEWER), ReviewerGroups.ALL);
        var termination = scenario.manager().post("/api/partners/" + authorized.partnerId() + "/agreement/termination",
                Map.of("reason", "Проверка восстановления", "effectiveDate", today.plusMonths(1).toString()));
        assertThat(termination.getStatusCode().value()).as(String.valueOf(termination.getBody())).isEqualTo(202);

        Scenario.Partner applicant = scenario.registerCompany("ru");
        long application = scenario.apply(applicant);
        String course = scenario.course("SETUP", "20000");
        long enrollment = scenario.enrollOk(applicant, course, scenario.session(course, 20, 5), "setup");
        return new Subjects(authorized, applicant, application, enrollment, compensation, event, pendingExam, designation,
                upgrade.get("id").asLong(), deal, offeredHandover, handover, partnerRequest, caseStudy);
    }

    private static void approveJoinApplication(Restored r, Subjects s, List<String> ids) {
        Scenario scenario = r.scenario();
        ApiClient.As applicant = r.as(s.applicant());
        Scenario.completeOk(scenario.reviewer(), s.application(), PartnerApplicationProcess.USER_REVIEW_APPLICATION,
                Map.of("decision", "APPROVE"));
        var agreement = applicant.upload("/api/applications/" + s.application() + "/documents", "signed.pdf", Scenario.PDF,
                Map.of("kind", "AGREEMENT"));
        assertThat(agreement.getStatusCode().value()).as(String.valueOf(agreement.getBody())).isEqualTo(201);
        Scenario.completeOk(applicant, s.application(), PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, Map.of());
        Scenario.completeOk(scenario.reviewer(), s.application(), PartnerApplicationProcess.USER_CONFIRM_AGREEMENT,
                Map.of("decision", "APPROVE"));
        String basic = scenario.course("BASIC", "10000");
        var enrolled = applicant.post("/api/enrollments", Map.of("courseCode", basic, "sessionId", scenario.session(basic, 5, 5),
                "employeeName", "Сотрудник", "employeeEmail", "basic-" + s.applicant().partnerId() + "@company.example"));
        assertThat(enrolled.getStatusCode().value()).as(String.valueOf(enrolled.getBody())).isEqualTo(201);
        scenario.attend(enrolled.getBody().get("id").asLong(), "PASSED", 88);
        await().atMost(PATIENCE).until(() -> state(applicant, "/api/applications/" + s.application()).equals("APPROVED"));
        assertThat(applicant.get("/api/partners/" + s.applicant().partnerId()).getBody().get("status").asText()).isEqualTo("AUTHORIZED");
    }

    /** The partner year never ends; after the restore its year-end timer closes this year and opens the next one. */
    private static void closeThePartnerYear(Restored r, Subjects s, List<String> ids) {
        ApiClient.As partner = r.as(s.authorized());
        String path = "/api/partners/" + s.authorized().partnerId();
        LocalDate start = LocalDate.parse(partner.get(path).getBody().get("partnerYear").get("start").asText());
        for (String id : ids) {
            var timer = r.management().createJobQuery().processInstanceId(id).activityId(PartnerYearProcess.TIMER_PARTNER_YEAR_ENDED)
                    .singleResult();
            assertThat(timer).as("the year-end timer of partner year " + id).isNotNull();
            r.management().executeJob(timer.getId());
        }
        assertThat(LocalDate.parse(partner.get(path).getBody().get("partnerYear").get("start").asText())).isAfter(start);
        assertThat(ids).allMatch(id -> r.runtime().createProcessInstanceQuery().processInstanceId(id).count() == 1);
    }

    private static void runTimersToTheEnd(Restored r, String instanceId) {
        for (int step = 0; step < 10 && r.runtime().createProcessInstanceQuery().processInstanceId(instanceId).count() > 0; step++) {
            var timers = r.management().createJobQuery().processInstanceId(instanceId).timers().orderByJobDuedate().asc().list();
            assertThat(timers).as("what instance " + instanceId + " waits for").isNotEmpty();
            r.management().executeJob(timers.get(0).getId());
        }
    }

    private static Restored restored(ConfigurableApplicationContext app) {
        ApiClient client = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
        return new Restored(new Scenario(client, app.getEnvironment().getProperty("spring.datasource.url")), client, app.getBean(RuntimeService.class), app.getBean(ManagementService.class),
                app.getBean(HistoryService.class));
    }

    /** Waits until the job executor has run every asynchronous step of the instances, so none is half-done in the dump. */
    private void awaitSettled(Map<String, List<String>> instances) {
        List<String> ids = instances.values().stream().flatMap(List::stream).toList();
        await().atMost(PATIENCE).until(() -> ids.stream()
                .allMatch(id -> managementService.createJobQuery().processInstanceId(id).executable().count() == 0));
    }

    private static Set<String> activeInstanceIds(RuntimeService runtime) {
        return runtime.createProcessInstanceQuery().active().list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    private Map<String, List<String>> byProcessKey(RuntimeService runtime, Set<String> ids) {
        Map<String, List<String>> byKey = new TreeMap<>();
        if (!ids.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(ids)).list()
                    .forEach(i -> byKey.computeIfAbsent(keyOf(repository, i), k -> new ArrayList<>()).add(i.getId()));
        }
        return byKey;
    }

    private static String keyOf(RepositoryService repository, ProcessInstance instance) {
        return repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
    }

    private static String state(ApiClient.As who, String path) {
        var response = who.get(path);
        assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(200);
        return response.getBody().get("state").asText();
    }

    private static long created(org.springframework.http.ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    /** A PostgreSQL client program: on the PATH, or in Debian's versioned folders, newest first. */
    private static String tool(String name) {
        Optional<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
        if (onPath.isPresent()) {
            return onPath.get().toString();
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                    .max((a, b) -> Integer.compare(version(a), version(b))).map(Path::toString)
                    .orElseThrow(() -> missing(name));
        } catch (IOException e) {
            throw missing(name);
        }
    }

    private static int version(Path binary) {
        try {
            return Integer.parseInt(binary.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static AssertionError missing(String name) {
        return new AssertionError("The backup test needs the PostgreSQL client program '" + name + "', found neither on the PATH "
                + "nor under /usr/lib/postgresql/*/bin (Debian: apt-get install postgresql-client).");
    }

    /** libpq's connection string for a database on the tests' server. */
    private static String connection(String database) {
        URI server = URI.create(PostgresTestDatabase.url().substring("jdbc:".length()));
        String password = PostgresTestDatabase.password();
        return "--dbname=host=" + server.getHost() + " port=" + (server.getPort() < 0 ? 5432 : server.getPort()) + " user="
                + PostgresTestDatabase.user() + " dbname=" + database + (password.isEmpty() ? "" : " password=" + password);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
