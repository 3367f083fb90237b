package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.processes.StatusUpgradeProcess;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Race;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.TimeMachine;
import dev.partnerprogram.support.UpgradeScenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every rule that concurrent requests could break, attacked by {@value #PARALLEL} requests released at the same moment
 * on real PostgreSQL: exactly one succeeds, every other one is a 409 problem+json with a {@code conflict.*} code, none
 * is a 500 (or a 404 for something that exists), and the data holds exactly one of what the rule allows one of.
 */
class ConcurrencyRulesTest extends IntegrationTest {

    private static final int PARALLEL = 6;
    /** Races inside the engine hit their window only now and then: each is run on this many subjects. */
    private static final int ROUNDS = 5;
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    @Autowired
    JdbcTemplate jdbc;

    private Scenario scenario;
    private MarketingScenario marketing;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(api);
        marketing = new MarketingScenario(scenario, jdbc);
    }

    @Test
    void joinApplications_oneInProgressPerCompany() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("ru");

        var responses = race(i -> partner.api().post("/api/applications", Scenario.applicationBody(partner.email())));

        assertOneWinner(responses, 201, "conflict.applicationInProgress");
        assertThat(openApplications(partner)).isEqualTo(1);
        assertThat(runningInstances(PartnerApplicationProcess.KEY, partner)).isEqualTo(1);
    }

    @Test
    void upgradeApplications_oneInProgressPerCompany() throws Exception {
        UpgradeScenario upgrades = new UpgradeScenario(scenario, simulatedClock);
        Scenario.Partner partner = upgrades.eligibleForCertified(new TimeMachine(simulatedClock, runtimeService, managementService));

        var responses = race(i -> partner.api().post("/api/applications", Map.of("requestedStatus", "CERTIFIED",
                "description", "Портфель проектов " + i)));

        assertOneWinner(responses, 201, "conflict.upgrade.inProgress");
        assertThat(responses.stream().filter(r -> r.getStatusCode().value() == 201).findFirst().orElseThrow().getBody()
                .get("state").asText()).as("eligible, so it waits for a review").isEqualTo("IN_REVIEW");
        assertThat(runningInstances(StatusUpgradeProcess.KEY, partner)).isEqualTo(1);
    }

    @Test
    void designationApplications_oneInProgressPerCompanyAndDesignation() throws Exception {
        Scenario.Partner partner = scenario.authorizedPartner();
        certify(partner, "dev1");
        certify(partner, "dev2");

        var responses = race(i -> partner.api().post("/api/applications", Map.of("requestedStatus", "DEVELOPER_PARTNER",
                "solutions", "Модуль закупок на Directum RX", "supportArrangements", "Линия поддержки 8x5")));

        assertOneWinner(responses, 201, "conflict.designation.inProgress");
        assertThat(runningInstances(DesignationCertificationProcess.KEY, partner)).isEqualTo(1);
    }

    @Test
    void registrations_oneCompanyPerTaxId_andOneUserPerEmail() throws Exception {
        long n = SEQUENCE.incrementAndGet();
        String taxId = String.format("77%08d", n % 100_000_000L);
        var sameTaxId = race(i -> register(taxId, "race" + n + "-" + i + "@tax" + n + ".example"));
        assertOneWinner(sameTaxId, 201, "conflict.taxIdTaken");

        String email = "race" + n + "@mail" + n + ".example";
        var sameEmail = race(i -> register(String.format("78%08d", (n * 10 + i) % 100_000_000L), email));
        assertOneWinner(sameEmail, 201, "conflict.emailTaken");
    }

    @Test
    void budgets_onePerRegionAndPeriod() throws Exception {
        String region = "Гонка-" + SEQUENCE.incrementAndGet();

        var responses = race(i -> scenario.manager().post("/api/budgets", Map.of("region", region,
                "year", MarketingScenario.today().getYear(), "amount", "100000.00")));

        assertOneWinner(responses, 201, "conflict.budget.overlap");
        assertThat(jdbc.queryForObject("select count(*) from marketing_budget where region = ?", Long.class, region)).isOne();
    }

    @Test
    void paymentDocuments_payOneCompensationOnly() throws Exception {
        MarketingScenario.Budget budget = marketing.budget("10000000.00");
        Scenario.Partner partner = marketing.authorizedPartner();
        List<String> paymentTasks = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            paymentTasks.add(paymentPending(partner, budget));
        }
        String document = "ПП-гонка-" + SEQUENCE.incrementAndGet();

        var responses = race(i -> Scenario.complete(scenario.reviewer(), paymentTasks.get(i),
                Map.of("paymentDate", MarketingScenario.today().toString(), "paymentDocument", document)));

        assertOneWinner(responses, 200, "conflict.compensation.paymentDocumentUsed");
        assertThat(jdbc.queryForObject("select count(*) from compensation where payment_document = ?", Long.class, document)).isOne();
    }

    @Test
    void claimsOfOneTask_oneReviewerGetsIt() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("ru");
        long application = scenario.apply(partner);
        String task = Scenario.task(scenario.reviewer(), application, PartnerApplicationProcess.USER_REVIEW_APPLICATION).get("id").asText();
        List<ApiClient.As> reviewers = reviewers();

        var responses = race(i -> reviewers.get(i).post("/api/tasks/" + task + "/claim", null));

        assertOneWinner(responses, 200, null);
        String assignee = responses.stream().filter(r -> r.getStatusCode().value() == 200).findFirst().orElseThrow()
                .getBody().get("assignee").asText();
        assertThat(scenario.manager().get("/api/tasks/" + task).getBody().get("assignee").asText()).isEqualTo(assignee);
    }

    @Test
    void completionsOfOneTask_oneDecisionCounts() throws Exception {
        List<ApiClient.As> reviewers = reviewers();
        for (int round = 0; round < ROUNDS; round++) {
            Scenario.Partner partner = scenario.registerCompany("ru");
            long application = scenario.apply(partner);
            String task = Scenario.task(scenario.reviewer(), application, PartnerApplicationProcess.USER_REVIEW_APPLICATION)
                    .get("id").asText();

            var responses = race(i -> Scenario.complete(reviewers.get(i), task, Map.of("decision", "APPROVE")));

            assertOneWinner(responses, 200, null);
            JsonNode stored = partner.api().get("/api/applications/" + application).getBody();
            assertThat(stored.get("state").asText()).isEqualTo("AGREEMENT");
            assertThat(stored.get("history").findValuesAsText("action").stream().filter("REVIEW_APPROVED"::equals).count()).isOne();
        }
    }

    @Test
    void withdrawalsOfOneApplication_oneTakesEffect() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Scenario.Partner partner = scenario.registerCompany("ru");
            long application = scenario.apply(partner);

            var responses = race(i -> partner.api().post("/api/applications/" + application + "/withdraw", null));

            assertOneWinner(responses, 200, null);
            assertThat(partner.api().get("/api/applications/" + application).getBody().get("state").asText()).isEqualTo("WITHDRAWN");
            assertThat(runningInstances(PartnerApplicationProcess.KEY, partner)).isZero();
        }
    }

    @Test
    void cancellationsOfOneCompensation_oneTakesEffect() throws Exception {
        MarketingScenario.Budget budget = marketing.budget("1000000.00");
        Scenario.Partner partner = marketing.authorizedPartner();
        LocalDate tomorrow = MarketingScenario.today().plusDays(1);
        for (int round = 0; round < ROUNDS; round++) {
            long id = marketing.submit(partner, MarketingScenario.request(budget.region(), tomorrow, tomorrow, "100000.00"));
            marketing.decide(scenario.reviewer(), id, MarketingCompensationProcess.USER_REVIEW_COMPENSATION, "APPROVE", null);

            var responses = race(i -> partner.api().post("/api/compensations/" + id + "/cancel", null));

            assertOneWinner(responses, 200, null);
            assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("CANCELLED");
            assertThat(jdbc.queryForObject("select count(*) from budget_ledger_entry where compensation_id = ? and kind = 'RELEASE'",
                    Long.class, id)).isOne();
        }
        assertThat(marketing.balances(budget.id()).reserved()).isZero();
    }

    /**
     * Exactly one answer with the success status; every other one a 409 problem+json with a {@code conflict.*} code (the
     * given one, where the rule has its own).
     */
    private static void assertOneWinner(List<ResponseEntity<JsonNode>> responses, int success, String conflictCode) {
        assertThat(responses).as("answers").allSatisfy(r -> assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody()))
                .isIn(success, 409));
        assertThat(responses.stream().filter(r -> r.getStatusCode().value() == success)).as("successes").hasSize(1);
        responses.stream().filter(r -> r.getStatusCode().value() == 409).forEach(r -> {
            assertThat(r.getHeaders().getContentType()).isNotNull();
            assertThat(r.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("problem+json").isTrue();
            String code = r.getBody().get("code").asText();
            if (conflictCode == null) {
                assertThat(code).as(r.getBody().toString()).startsWith("conflict.");
            } else {
                assertThat(code).as(r.getBody().toString()).isEqualTo(conflictCode);
            }
            assertThat(r.getBody().get("detail").asText()).isNotBlank();
        });
    }

    /** Runs {@link #PARALLEL} requests that all start at the same moment. */
    private static List<ResponseEntity<JsonNode>> race(IntFunction<ResponseEntity<JsonNode>> request) throws Exception {
        return Race.atOnce(PARALLEL, request);
    }

    private ResponseEntity<JsonNode> register(String taxId, String email) {
        return api.anonymous().post("/api/registrations", Map.of("companyName", "ООО «Гонка»", "taxId", taxId, "region", "Казань",
                "contactName", "Тест Тестов", "email", email, "phone", "+7 843 000-00-00", "password", "secret-race",
                "language", "ru"));
    }

    private long openApplications(Scenario.Partner partner) {
        return jdbc.queryForObject("select count(*) from status_application where partner_id = ? and state not in "
                + "('APPROVED', 'REJECTED', 'WITHDRAWN')", Long.class, partner.partnerId());
    }

    private long runningInstances(String processKey, Scenario.Partner partner) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals(PartnerApplicationProcess.PARTNER_ID.name(), partner.partnerId()).count();
    }

    /** {@value #PARALLEL} reviewers of every group, so that each request comes from someone else. */
    private List<ApiClient.As> reviewers() {
        List<ApiClient.As> reviewers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String username = "it-race-reviewer-" + i;
            if (!users.existsByUsername(username)) {
                users.save(new AppUser(username, username + "@vendor.example", passwordEncoder.encode(STAFF_PASSWORD), username, "ru",
                        Set.of(Role.REVIEWER), ReviewerGroups.ALL, null, clock.instant()));
            }
            reviewers.add(api.as(username, STAFF_PASSWORD));
        }
        return reviewers;
    }

    /** A compensation taken through approval, claim and verification: its open task is finance's payment. */
    private String paymentPending(Scenario.Partner partner, MarketingScenario.Budget budget) {
        long id = marketing.approvedToday(partner, budget, "20000.00");
        marketing.uploadInvoice(partner, id);
        var claimed = partner.api().post("/api/compensations/" + id + "/claim", MarketingScenario.claim("Аренда зала", "20000.00"));
        assertThat(claimed.getStatusCode().value()).as(String.valueOf(claimed.getBody())).isEqualTo(200);
        long line = claimed.getBody().get("lines").get(0).get("id").asLong();
        Map<String, Object> verification = new HashMap<>(Map.of("decision", "APPROVE", "line-" + line + "-decision", "ACCEPT"));
        var verified = Scenario.complete(scenario.reviewer(),
                MarketingScenario.task(scenario.reviewer(), id, MarketingCompensationProcess.USER_VERIFY_CLAIM).get("id").asText(),
                verification);
        assertThat(verified.getStatusCode().value()).as(String.valueOf(verified.getBody())).isEqualTo(200);
        return MarketingScenario.task(scenario.reviewer(), id, MarketingCompensationProcess.USER_RECORD_PAYMENT).get("id").asText();
    }

    /** A specialist of the partner certified in development through the exam process. */
    private void certify(Scenario.Partner partner, String name) {
        var registered = partner.api().post("/api/certifications", Map.of("employeeName", name,
                "employeeEmail", name + "@" + partner.partnerId() + ".example", "track", "DEVELOPMENT"));
        assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(201);
        long exam = registered.getBody().get("id").asLong();
        Scenario.completeOk(scenario.reviewer(), "certification", exam, "user_schedule_exam",
                Map.of("decision", "APPROVE", "examDate", MarketingScenario.today().toString()));
        Scenario.completeOk(scenario.reviewer(), "certification", exam, "user_record_exam_result", Map.of("score", 90));
    }
}
