package dev.partnerprogram.it;

import static dev.partnerprogram.agreement.AccessGrantChange.Change.GRANTED;
import static dev.partnerprogram.agreement.AccessGrantChange.Change.REVOKED;
import static dev.partnerprogram.support.UpgradeScenario.MOSCOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.agreement.AccessGrantChange;
import dev.partnerprogram.agreement.AccessGrantChangeRepository;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.TimeMachine;
import dev.partnerprogram.support.UpgradeScenario;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A partner's agreement on a simulated clock, through the application's API and its mail server: signed with the join
 * application, reminded 60 and 30 days before its term ends, suspended when the term ends unrenewed (off the directory,
 * access revoked, quotas frozen, new requests refused with the reason), reinstated by a renewal within the grace period
 * (directory, grants and quotas back); and, for another partner, terminated when the grace period passes without one,
 * which ends its partner years as well — after which the company joins again with a new agreement and keeps the old one
 * with its trail.
 */
class AgreementLifecycleTest extends IntegrationTest {

    @Autowired
    AccessGrantChangeRepository grantChanges;

    private Scenario scenario;
    private TimeMachine time;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(api);
        time = new TimeMachine(simulatedClock, runtimeService, managementService).withAgreement();
    }

    @Test
    void signed_reminded_suspended_andReinstatedByARenewalWithinTheGracePeriod() {
        Scenario.Partner partner = signedPartner();
        long id = partner.partnerId();
        JsonNode signed = agreement(partner);
        LocalDate validUntil = LocalDate.parse(signed.get("validUntil").asText());
        JsonNode profile = partner.api().get("/api/partners/" + id).getBody();
        assertThat(signed.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(signed.get("number").asText()).startsWith("DRX-A-").endsWith(String.format("%06d", id));
        assertThat(signed.get("validFrom").asText()).isEqualTo(profile.at("/partnerYear/start").asText());
        assertThat(validUntil.toString()).isEqualTo(profile.at("/partnerYear/end").asText());
        assertThat(signed.get("signedAt").asText()).isNotBlank();
        assertThat(activeGrants(signed)).containsExactlyInAnyOrder("SUPPORT", "SOLUTION_REPOSITORY", "PARTNER_PORTAL");
        Instant termEnds = validUntil.plusDays(1).atStartOfDay(MOSCOW).toInstant();

        // 60 days before the end: the renewal opens with a reminder.
        time.advanceTo(id, termEnds.minus(Duration.ofDays(60)).plusSeconds(120));
        assertThat(agreement(partner).get("state").asText()).isEqualTo("RENEWAL_DUE");
        assertThat(agreement(partner).get("daysLeft").asLong()).isEqualTo(60);
        IntegrationTestMail.await(greenMail, partner.email(), "осталось дней — 60");
        assertThat(UpgradeScenario.tasksOn(partner.api(), "agreement", id)).containsExactly(PartnerAgreementProcess.USER_UPLOAD_RENEWAL);
        String company = partner.api().get("/api/partners/" + id).getBody().get("companyName").asText();
        assertThat(renewal(company, "DUE_60").get("daysLeft").asLong()).isEqualTo(60);
        assertThat(renewal(company, "DUE_60").get("due").asText()).isEqualTo("DUE_60");
        assertThat(renewals(company, "DUE_30")).as("60 days left is not yet within 30").isEmpty();
        assertThat(partner.api().get("/api/agreements/renewals").getStatusCode().value()).isEqualTo(403);

        // 30 days before: reminded again.
        time.advanceTo(id, termEnds.minus(Duration.ofDays(30)).plusSeconds(120));
        IntegrationTestMail.await(greenMail, partner.email(), "осталось дней — 30");
        assertThat(renewal(company, "OVERDUE").get("due").asText()).as("reminded twice, nothing uploaded").isEqualTo("OVERDUE");
        assertThat(renewals(company, "DUE_30")).hasSize(1);
        String ru = csv(company, "ru");
        assertThat(ru).startsWith("\uFEFF").contains("Компания;Регион;Договор;").contains(company + ";")
                .contains("Просрочено: напомнили дважды, продления нет");
        String en = csv(company, "en");
        assertThat(en).startsWith("\uFEFF").contains("Company,Region,Agreement,").contains("Overdue: reminded twice, no renewal");

        // Requests still open when the term ends: an exam registration and a deal waiting for a manager.
        long exam = created(partner.api().post("/api/certifications", Map.of("employeeName", "Открытый специалист",
                "employeeEmail", "open-" + id + "@spec.example", "track", "SETUP")));
        long deal = created(partner.api().post("/api/deals", Map.of("customerName", "ООО «Клиент " + id + "»",
                "customerTaxId", String.valueOf(7_000_000_000L + id), "region", "Казань", "expectedLicenses", 50,
                "expectedAmount", "3000000.00", "expectedCloseDate", today().plusMonths(2).toString())));
        assertThat(UpgradeScenario.tasksOn(scenario.manager(), "deal", deal)).isNotEmpty();

        // The term ends without a renewal: suspended, in one step.
        time.advanceTo(id, termEnds.plusSeconds(120));
        JsonNode suspended = agreement(partner);
        assertThat(suspended.get("state").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("renewBy").asText()).isEqualTo(validUntil.plusDays(90).toString());
        assertThat(activeGrants(suspended)).isEmpty();
        assertThat(suspended.get("accessGrants")).allMatch(g -> !g.get("revokedAt").isNull());
        assertThat(listedInDirectory(partner)).as("off the public directory").isFalse();
        assertThat(grantsNow(id)).isEmpty();
        var refused = partner.api().post("/api/certifications", Map.of("employeeName", "Новый специалист",
                "employeeEmail", "new-" + id + "@spec.example", "track", "SETUP"));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().get("detail").asText()).contains("Партнёрство приостановлено", signed.get("number").asText(),
                validUntil.plusDays(90).toString());
        IntegrationTestMail.await(greenMail, partner.email(), "Партнёрство приостановлено");

        // In the same step the open requests closed, each with the reason, and their processes and tasks ended.
        String closedNote = "closed: agreement " + signed.get("number").asText() + " suspended on " + validUntil.plusDays(1);
        JsonNode closedExam = partner.api().get("/api/certifications/" + exam).getBody();
        assertThat(closedExam.get("state").asText()).isEqualTo("REJECTED");
        assertThat(closedExam.get("decisionReason").asText()).isEqualTo(closedNote);
        JsonNode closedDeal = partner.api().get("/api/deals/" + deal).getBody();
        assertThat(closedDeal.get("state").asText()).isEqualTo("REJECTED");
        assertThat(closedDeal.get("decisionReason").asText()).isEqualTo(closedNote);
        assertThat(UpgradeScenario.tasksOn(scenario.manager(), "deal", deal)).as("the inbox drops the ended task").isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(exam))
                .processDefinitionKey(SpecialistCertificationProcess.KEY).count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(deal))
                .processDefinitionKey(DealRegistrationProcess.KEY).count()).isZero();
        var refusedDeal = partner.api().post("/api/deals", Map.of("customerName", "ООО «Другой клиент " + id + "»",
                "customerTaxId", String.valueOf(7_100_000_000L + id), "region", "Казань", "expectedLicenses", 5,
                "expectedAmount", "100000.00", "expectedCloseDate", today().plusMonths(2).toString()));
        assertThat(refusedDeal.getStatusCode().value()).isEqualTo(403);
        assertThat(refusedDeal.getBody().get("code").asText()).isEqualTo("forbidden.agreement.SUSPENDED");
        long licencesLeft = licencesLeft(partner);
        var frozen = partner.api().post("/api/partners/" + id + "/licence-requests", Map.of("quantity", 1, "purpose", "Стенд"));
        assertThat(frozen.getStatusCode().value()).as("its quotas are frozen").isEqualTo(403);
        assertThat(frozen.getBody().get("detail").asText()).contains("Партнёрство приостановлено");
        JsonNode suspendedRow = renewal(company, "SUSPENDED");
        assertThat(suspendedRow.get("renewBy").asText()).isEqualTo(validUntil.plusDays(90).toString());
        assertThat(suspendedRow.get("daysLeft").asLong()).isEqualTo(90);
        assertThat(renewals(company, "DUE_60")).as("no longer valid, so not among those due").isEmpty();

        // Forty days later the signed renewal comes, and a reviewer confirms it: active again, for the year already running.
        time.advanceTo(id, termEnds.plus(Duration.ofDays(40)));
        var wrongType = partner.api().upload("/api/partners/" + id + "/agreement/renewal", "renewal.exe", Scenario.PDF, Map.of());
        assertThat(wrongType.getStatusCode().value()).isEqualTo(415);
        var uploaded = partner.api().upload("/api/partners/" + id + "/agreement/renewal", "renewal.pdf", Scenario.PDF, Map.of());
        assertThat(uploaded.getStatusCode().value()).as(String.valueOf(uploaded.getBody())).isEqualTo(201);
        assertThat(UpgradeScenario.tasksOn(partner.api(), "agreement", id)).as("handed to the reviewers by the upload").isEmpty();
        Scenario.completeOk(scenario.reviewer(), "agreement", id, PartnerAgreementProcess.USER_CONFIRM_RENEWAL, Map.of("decision", "APPROVE"));

        JsonNode renewed = agreement(partner);
        assertThat(renewed.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(renewed.get("validFrom").asText()).isEqualTo(validUntil.plusDays(1).toString());
        assertThat(renewed.get("validUntil").asText()).isEqualTo(validUntil.plusYears(1).toString());
        assertThat(renewed.get("validFrom").asText()).as("aligned with the partner year")
                .isEqualTo(partner.api().get("/api/partners/" + id).getBody().at("/partnerYear/start").asText());
        assertThat(activeGrants(renewed)).containsExactlyInAnyOrder("SUPPORT", "SOLUTION_REPOSITORY", "PARTNER_PORTAL");
        assertThat(listedInDirectory(partner)).isTrue();
        assertThat(licencesLeft(partner)).as("what was left of the quota is kept").isEqualTo(licencesLeft);
        var thawed = partner.api().post("/api/partners/" + id + "/licence-requests", Map.of("quantity", 1, "purpose", "Стенд"));
        assertThat(thawed.getStatusCode().value()).as("the quota counts again: " + thawed.getBody()).isEqualTo(201);
        assertThat(grantsNow(id)).hasSize(3);
        assertThat(history(renewed)).containsSubsequence("CONCLUDED", "RENEWAL_DUE", "RENEWAL_DUE", "SUSPENDED", "RENEWAL_UPLOADED",
                "RENEWAL_CONFIRMED", "REINSTATED");
        assertThat(grantChanges.findByPartnerIdOrderByIdAsc(id)).extracting(AccessGrantChange::getChange)
                .as("one outbox row per grant change").containsExactly(GRANTED, GRANTED, GRANTED, REVOKED, REVOKED, REVOKED,
                        GRANTED, GRANTED, GRANTED);
        IntegrationTestMail.await(greenMail, partner.email(), "продлён до " + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(validUntil.plusYears(1)));
        assertThat(renewals(company, null)).as("renewed for a year: nothing to follow").isEmpty();
        String suspendedMonth = validUntil.plusDays(1).toString().substring(0, 7);
        String renewedMonth = today().toString().substring(0, 7);
        assertThat(monthCount("agreement-moves", suspendedMonth, "suspensions")).isPositive();
        assertThat(monthCount("agreement-moves", renewedMonth, "renewals")).isPositive();
        assertThat(monthCount("agreement-moves", renewedMonth, "reinstatements")).isPositive();
        var allowed = partner.api().post("/api/certifications", Map.of("employeeName", "Новый специалист",
                "employeeEmail", "new-" + id + "@spec.example", "track", "SETUP"));
        assertThat(allowed.getStatusCode().value()).as(String.valueOf(allowed.getBody())).isEqualTo(201);
    }

    @Test
    void noRenewalWithinTheGracePeriod_terminatesTheAgreement_andEndsThePartnerYears() {
        Scenario.Partner partner = signedPartner();
        long id = partner.partnerId();
        LocalDate validUntil = LocalDate.parse(agreement(partner).get("validUntil").asText());
        Instant graceEnds = validUntil.plusDays(1).plusDays(90).atStartOfDay(MOSCOW).toInstant();

        time.advanceTo(id, graceEnds.minusSeconds(3600));
        assertThat(agreement(partner).get("state").asText()).isEqualTo("SUSPENDED");
        time.advanceTo(id, graceEnds.plusSeconds(120));

        JsonNode ended = agreement(partner);
        assertThat(ended.get("state").asText()).isEqualTo("TERMINATED");
        assertThat(ended.get("endedOn").asText()).isEqualTo(validUntil.plusDays(91).toString());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey(PartnerYearProcess.KEY).count()).as("the partner left the program").isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey(PartnerAgreementProcess.KEY).count()).isZero();
        assertThat(listedInDirectory(partner)).isFalse();
        var refused = partner.api().post("/api/events", Map.of("title", "Конференция", "date",
                LocalDate.ofInstant(simulatedClock.instant(), MOSCOW).plusMonths(2).toString(), "city", "Казань", "format", "OFFLINE",
                "expectedAudience", 60, "vendorRequest", "Доклад"));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody().get("detail").asText()).contains("прекращён");
        IntegrationTestMail.await(greenMail, partner.email(), "Партнёрский договор " + ended.get("number").asText() + " прекращён");
    }

    @Test
    void aCompanyWhoseAgreementLapsed_joinsAgain_withANewAgreement_andKeepsTheOldOneAndItsTrail() {
        Scenario.Partner partner = signedPartner();
        long id = partner.partnerId();
        JsonNode first = agreement(partner);
        LocalDate lapsedOn = LocalDate.parse(first.get("validUntil").asText()).plusDays(91); // the grace period's end
        time.advanceTo(id, lapsedOn.atStartOfDay(MOSCOW).toInstant().plusSeconds(120));
        assertThat(agreement(partner).get("state").asText()).isEqualTo("TERMINATED");
        assertThat(partner.api().post("/api/certifications", Map.of("employeeName", "Специалист", "employeeEmail",
                "gone-" + id + "@spec.example", "track", "SETUP")).getStatusCode().value()).as("no new requests").isEqualTo(403);

        // The company applies again: the join application is open to it, one at a time.
        long application = scenario.apply(partner);
        assertThat(partner.api().post("/api/applications", Scenario.applicationBody(partner.email())).getStatusCode().value())
                .as("one application at a time").isEqualTo(409);
        Scenario.completeOk(scenario.reviewer(), application, "user_review_application", Map.of("decision", "APPROVE"));
        partner.api().upload("/api/applications/" + application + "/documents", "signed-again.pdf", Scenario.PDF, Map.of("kind", "AGREEMENT"));
        Scenario.completeOk(partner.api(), application, "user_upload_agreement", Map.of());
        Scenario.completeOk(scenario.reviewer(), application, "user_confirm_agreement", Map.of("decision", "APPROVE"));

        // Its basic course was passed before: the grant follows at once, with a new agreement for a new partner year.
        await().atMost(Duration.ofSeconds(30)).until(() -> agreement(partner).get("state").asText().equals("ACTIVE"));
        JsonNode second = agreement(partner);
        assertThat(second.get("number").asText()).as("numbered by its partner year, the second of the company")
                .isEqualTo("DRX-A-%d-%06d-2".formatted(today().getYear(), id));
        assertThat(second.get("id").asLong()).isNotEqualTo(first.get("id").asLong());
        assertThat(second.get("validFrom").asText()).isEqualTo(today().toString());
        assertThat(activeGrants(second)).containsExactlyInAnyOrder("SUPPORT", "SOLUTION_REPOSITORY", "PARTNER_PORTAL");
        assertThat(history(second)).containsExactly("CONCLUDED");
        assertThat(partner.api().get("/api/applications/" + application).getBody().get("state").asText()).isEqualTo("APPROVED");
        assertThat(listedInDirectory(partner)).isTrue();
        assertThat(grantsNow(id)).hasSize(3);
        await().atMost(Duration.ofSeconds(30)).until(() -> time.running(PartnerAgreementProcess.KEY, id) == 1
                && time.running(PartnerYearProcess.KEY, id) == 1);
        JsonNode profile = partner.api().get("/api/partners/" + id).getBody();
        assertThat(profile.at("/partnerYear/start").asText()).isEqualTo(today().toString());
        var licences = partner.api().post("/api/partners/" + id + "/licence-requests", Map.of("quantity", 1, "purpose", "Стенд"));
        assertThat(licences.getStatusCode().value()).as("the new year's quota alone counts: " + licences.getBody()).isEqualTo(201);
        var exam = partner.api().post("/api/certifications", Map.of("employeeName", "Вернувшийся специалист",
                "employeeEmail", "back-" + id + "@spec.example", "track", "SETUP"));
        assertThat(exam.getStatusCode().value()).as(String.valueOf(exam.getBody())).isEqualTo(201);

        // The old agreement and its trail stay readable.
        JsonNode all = partner.api().get("/api/partners/" + id + "/agreements").getBody();
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("number").asText()).isEqualTo(second.get("number").asText());
        assertThat(all.get("items").get(1).get("state").asText()).isEqualTo("TERMINATED");
        JsonNode old = partner.api().get("/api/partners/" + id + "/agreements/" + first.get("id").asLong()).getBody();
        assertThat(old.get("number").asText()).isEqualTo(first.get("number").asText());
        assertThat(old.get("endedOn").asText()).isEqualTo(lapsedOn.toString());
        assertThat(history(old)).containsSubsequence("CONCLUDED", "RENEWAL_DUE", "SUSPENDED", "TERMINATED");
        assertThat(activeGrants(old)).isEmpty();
        Scenario.Partner stranger = scenario.registerCompany("ru");
        assertThat(stranger.api().get("/api/partners/" + id + "/agreements/" + first.get("id").asLong()).getStatusCode().value())
                .as("another company's agreement").isEqualTo(404);
        assertThat(stranger.api().get("/api/partners/" + id + "/agreements").getStatusCode().value()).isEqualTo(404);
    }

    /** The free licences left of the partner year's quota, as the partner's benefits show them. */
    private static long licencesLeft(Scenario.Partner partner) {
        var benefits = partner.api().get("/api/partners/" + partner.partnerId() + "/benefits");
        assertThat(benefits.getStatusCode().value()).as(String.valueOf(benefits.getBody())).isEqualTo(200);
        return benefits.getBody().get("freeLicensesLeft").asLong();
    }

    /** An Authorized partner whose agreement process has scheduled its first term. */
    private Scenario.Partner signedPartner() {
        Scenario.Partner partner = scenario.authorizedPartner();
        time.awaitAgreementScheduled(partner.partnerId());
        return partner;
    }

    private static long created(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    /** The partner managers' renewals list, narrowed to one company. */
    private List<JsonNode> renewals(String company, String due) {
        var response = scenario.manager().get("/api/agreements/renewals?size=100&company="
                + URLEncoder.encode(company, StandardCharsets.UTF_8) + (due == null ? "" : "&due=" + due));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return StreamSupport.stream(response.getBody().get("items").spliterator(), false).toList();
    }

    private JsonNode renewal(String company, String due) {
        List<JsonNode> rows = renewals(company, due);
        assertThat(rows).as(due).hasSize(1);
        return rows.get(0);
    }

    private String csv(String company, String language) {
        var response = scenario.manager().inLanguage(language).raw(HttpMethod.GET, "/api/agreements/renewals.csv?company="
                + URLEncoder.encode(company, StandardCharsets.UTF_8), null, null);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    /** A month's figure of a manager's dashboard table (whole program, the last year). */
    private long monthCount(String table, String month, String column) {
        JsonNode body = scenario.manager().get("/api/dashboard/tables/" + table + "?from=" + today().minusYears(1) + "&to=" + today()).getBody();
        int index = -1;
        for (int i = 0; i < body.get("columns").size(); i++) {
            if (body.get("columns").get(i).get("key").asText().equals(column)) {
                index = i;
            }
        }
        for (JsonNode row : body.get("rows")) {
            if (row.get(0).asText().equals(month)) {
                return row.get(index).asLong();
            }
        }
        return 0;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(simulatedClock.instant(), MOSCOW);
    }

    private static JsonNode agreement(Scenario.Partner partner) {
        var response = partner.api().get("/api/partners/" + partner.partnerId() + "/agreement");
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    private static List<String> activeGrants(JsonNode agreement) {
        return StreamSupport.stream(agreement.get("accessGrants").spliterator(), false)
                .filter(g -> g.get("revokedAt").isNull()).map(g -> g.get("kind").asText()).toList();
    }

    private static List<String> history(JsonNode agreement) {
        return StreamSupport.stream(agreement.get("history").spliterator(), false).map(e -> e.get("action").asText()).toList();
    }

    /** What the systems that enforce the grants read: the partner's grants that hold now. */
    private List<JsonNode> grantsNow(long partnerId) {
        var response = scenario.admin().get("/api/access-grants?active=true&size=100");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return StreamSupport.stream(response.getBody().get("items").spliterator(), false)
                .filter(g -> g.get("partnerId").asLong() == partnerId).toList();
    }
}
