package dev.partnerprogram.it;

import static dev.partnerprogram.support.UpgradeScenario.MOSCOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.AgreementTerminationProcess;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import dev.partnerprogram.processes.PartnerYearProcess;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.TimeMachine;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The vendor terminates a partner's agreement under four eyes, on PostgreSQL with the simulated clock and the mail
 * server: a manager asks with a reason and a date (none: 400 naming the field), the same manager may not approve (403),
 * a second request is refused (409, also when two arrive at once), a second manager approves, and on the date the
 * agreement is TERMINATED with what follows it — its certificate's public verification page then says it is not valid;
 * a rejected termination changes nothing.
 */
class AgreementTerminationTest extends IntegrationTest {

    private Scenario scenario;
    private TimeMachine time;
    private ApiClient.As secondManager;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(api);
        time = new TimeMachine(simulatedClock, runtimeService, managementService).withAgreement();
        staff("it-manager-2", Set.of(Role.MANAGER, Role.REVIEWER), ReviewerGroups.ALL);
        secondManager = api.as("it-manager-2", STAFF_PASSWORD);
    }

    @Test
    void askedByOneManager_approvedByAnother_terminatedOnItsDate() {
        Scenario.Partner partner = signedPartner();
        long id = partner.partnerId();
        String path = "/api/partners/" + id + "/agreement/termination";
        LocalDate today = LocalDate.ofInstant(simulatedClock.instant(), MOSCOW);
        LocalDate effective = today.plusDays(10);

        String certificate = partner.api().get("/api/partners/" + id).getBody().get("certificateNumber").asText();
        String company = partner.api().get("/api/partners/" + id).getBody().get("companyName").asText();
        var valid = verify(certificate, null);
        assertThat(valid.getStatusCode().value()).as("anyone may check").isEqualTo(200);
        assertThat(valid.getBody()).contains(company, "alert-success", "Сертификат действителен сегодня").doesNotContain(partner.email());
        assertThat(verify(certificate, "en").getBody()).contains("The certificate is valid today", "Valid today");
        assertThat(verify("DRX-0000-999999", null).getStatusCode().value()).isEqualTo(404);

        var noReason = scenario.manager().post(path, Map.of("effectiveDate", effective.toString()));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(noReason.getBody().toString()).contains("reason");
        var past = scenario.manager().post(path, Map.of("reason", "Нарушение условий", "effectiveDate", today.minusDays(1).toString()));
        assertThat(past.getStatusCode().value()).isEqualTo(400);
        assertThat(past.getBody().toString()).contains("effectiveDate");
        assertThat(partner.api().post(path, Map.of("reason", "Сами уходим", "effectiveDate", effective.toString()))
                .getStatusCode().value()).as("only managers ask").isEqualTo(403);

        var asked = scenario.manager().post(path, Map.of("reason", "Нарушение условий договора", "effectiveDate", effective.toString()));
        assertThat(asked.getStatusCode().value()).as(String.valueOf(asked.getBody())).isEqualTo(202);
        assertThat(asked.getBody().get("state").asText()).isEqualTo("REQUESTED");
        var again = secondManager.post(path, Map.of("reason", "Ещё раз", "effectiveDate", effective.toString()));
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(agreement(partner).get("termination").isNull()).as("the partner does not see the deliberation").isTrue();
        assertThat(history(agreement(partner))).doesNotContain("TERMINATION_REQUESTED");

        JsonNode task = Scenario.task(scenario.manager(), "agreement", id, AgreementTerminationProcess.USER_APPROVE_TERMINATION);
        var ownApproval = Scenario.complete(scenario.manager(), task.get("id").asText(), Map.of("decision", "APPROVE"));
        assertThat(ownApproval.getStatusCode().value()).as("four eyes").isEqualTo(403);
        assertThat(ownApproval.getBody().get("detail").asText()).contains("другой менеджер");
        Scenario.completeOk(secondManager, "agreement", id, AgreementTerminationProcess.USER_APPROVE_TERMINATION, Map.of("decision", "APPROVE"));

        JsonNode approved = scenario.manager().get("/api/partners/" + id + "/agreement").getBody();
        assertThat(approved.get("state").asText()).as("in force until the date").isEqualTo("ACTIVE");
        assertThat(approved.at("/termination/state").asText()).isEqualTo("APPROVED");
        assertThat(approved.at("/termination/decidedBy").asText()).isEqualTo("it-manager-2");
        assertThat(scenario.manager().post(path, Map.of("reason", "Ещё раз", "effectiveDate", effective.toString()))
                .getStatusCode().value()).as("an approved termination is pending").isEqualTo(409);

        var exam = partner.api().post("/api/certifications", Map.of("employeeName", "Открытый специалист",
                "employeeEmail", "open-" + id + "@spec.example", "track", "SETUP"));
        assertThat(exam.getStatusCode().value()).as("still valid until the date").isEqualTo(201);
        long examId = exam.getBody().get("id").asLong();

        time.advanceTo(id, effective.atStartOfDay(MOSCOW).toInstant().plusSeconds(120));

        JsonNode ended = agreement(partner);
        assertThat(ended.get("state").asText()).isEqualTo("TERMINATED");
        assertThat(ended.get("endedOn").asText()).isEqualTo(effective.toString());
        assertThat(ended.at("/termination/reason").asText()).isEqualTo("Нарушение условий договора");
        assertThat(ended.get("accessGrants")).allMatch(g -> !g.get("revokedAt").isNull());
        assertThat(history(ended)).contains("TERMINATED").doesNotContain("TERMINATION_APPROVED");
        assertThat(history(scenario.manager().get("/api/partners/" + id + "/agreement").getBody()))
                .containsSubsequence("CONCLUDED", "TERMINATION_REQUESTED", "TERMINATION_APPROVED", "TERMINATED");
        assertThat(running(PartnerAgreementProcess.KEY, id)).as("the agreement's process ended").isZero();
        assertThat(running(PartnerYearProcess.KEY, id)).as("the partner left the program").isZero();
        assertThat(running(AgreementTerminationProcess.KEY, id)).isZero();
        JsonNode closedExam = partner.api().get("/api/certifications/" + examId).getBody();
        assertThat(closedExam.get("state").asText()).as("its open requests closed with it").isEqualTo("REJECTED");
        assertThat(closedExam.get("decisionReason").asText())
                .isEqualTo("closed: agreement " + ended.get("number").asText() + " terminated on " + effective);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(examId))
                .processDefinitionKey(SpecialistCertificationProcess.KEY).count()).isZero();
        assertThat(listedInDirectory(partner)).isFalse();
        var refused = partner.api().post("/api/certifications", Map.of("employeeName", "Новый специалист",
                "employeeEmail", "new-" + id + "@spec.example", "track", "SETUP"));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody().get("detail").asText()).contains("прекращён");
        var frozen = partner.api().post("/api/partners/" + id + "/licence-requests", Map.of("quantity", 1, "purpose", "Стенд"));
        assertThat(frozen.getStatusCode().value()).as("its quotas are frozen").isEqualTo(403);
        assertThat(frozen.getBody().get("detail").asText()).contains("прекращён");
        IntegrationTestMail.await(greenMail, partner.email(), "Партнёрский договор " + ended.get("number").asText() + " расторгнут");
        assertThat(verify(certificate, null).getBody()).contains(company, "alert-danger", "недействителен с " + effective.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(scenario.manager().post(path, Map.of("reason", "Ещё раз", "effectiveDate", effective.plusDays(1).toString()))
                .getStatusCode().value()).as("a terminated agreement").isEqualTo(409);
    }

    @Test
    void rejectedByTheSecondManager_changesNothing_andMayBeAskedAgain() {
        Scenario.Partner partner = signedPartner();
        long id = partner.partnerId();
        String path = "/api/partners/" + id + "/agreement/termination";
        String effective = LocalDate.ofInstant(simulatedClock.instant(), MOSCOW).plusDays(5).toString();
        Map<String, Object> body = Map.of("reason", "Долг по оплате", "effectiveDate", effective);

        // Two managers ask at once: one request wins, the other is a conflict.
        var first = CompletableFuture.supplyAsync(() -> scenario.manager().post(path, body));
        var second = CompletableFuture.supplyAsync(() -> secondManager.post(path, body));
        assertThat(java.util.List.of(first.join().getStatusCode().value(), second.join().getStatusCode().value()))
                .containsExactlyInAnyOrder(202, 409);
        assertThat(running(AgreementTerminationProcess.KEY, id)).isEqualTo(1);
        String asker = scenario.manager().get("/api/partners/" + id + "/agreement").getBody().at("/termination/requestedBy").asText();
        ApiClient.As approver = asker.equals("it-manager") ? secondManager : scenario.manager();

        JsonNode task = Scenario.task(approver, "agreement", id, AgreementTerminationProcess.USER_APPROVE_TERMINATION);
        var noReason = Scenario.complete(approver, task.get("id").asText(), Map.of("decision", "REJECT"));
        assertThat(noReason.getStatusCode().value()).as("a rejection is explained").isEqualTo(400);
        Scenario.completeOk(approver, "agreement", id, AgreementTerminationProcess.USER_APPROVE_TERMINATION,
                Map.of("decision", "REJECT", "comment", "Оплата поступила"));

        time.advanceTo(id, LocalDate.parse(effective).plusDays(1).atStartOfDay(MOSCOW).toInstant());
        JsonNode kept = scenario.manager().get("/api/partners/" + id + "/agreement").getBody();
        assertThat(kept.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(kept.at("/termination/state").asText()).isEqualTo("REJECTED");
        assertThat(history(kept)).containsSubsequence("TERMINATION_REQUESTED", "TERMINATION_REJECTED");
        assertThat(running(PartnerAgreementProcess.KEY, id)).isEqualTo(1);
        assertThat(listedInDirectory(partner)).isTrue();
        assertThat(scenario.manager().post(path, body).getStatusCode().value()).as("after a rejection one may ask again")
                .isEqualTo(400); // the date has passed meanwhile
        assertThat(scenario.manager().post(path, Map.of("reason", "Долг по оплате", "effectiveDate",
                LocalDate.ofInstant(simulatedClock.instant(), MOSCOW).plusDays(3).toString())).getStatusCode().value()).isEqualTo(202);
    }

    @Test
    void termination_endsTheDesignationsThePartnerHolds_withTheirTrailMailAndValidityProcess() {
        Scenario.Partner partner = signedPartner();
        long id = partner.partnerId();
        LocalDate today = LocalDate.ofInstant(simulatedClock.instant(), MOSCOW);
        long application = grantedDeveloperDesignation(partner, today);
        assertThat(partner.api().get("/api/partners/" + id).getBody().get("designations").toString()).contains("DEVELOPER_PARTNER");
        assertThat(runningDesignation(application)).as("its validity runs in its process").isEqualTo(1);

        LocalDate effective = today.plusDays(3);
        assertThat(scenario.manager().post("/api/partners/" + id + "/agreement/termination",
                Map.of("reason", "Нарушение условий договора", "effectiveDate", effective.toString())).getStatusCode().value())
                .isEqualTo(202);
        Scenario.completeOk(secondManager, "agreement", id, AgreementTerminationProcess.USER_APPROVE_TERMINATION, Map.of("decision", "APPROVE"));
        time.advanceTo(id, effective.atStartOfDay(MOSCOW).toInstant().plusSeconds(120));
        assertThat(agreement(partner).get("state").asText()).isEqualTo("TERMINATED");

        JsonNode profile = partner.api().get("/api/partners/" + id).getBody();
        assertThat(profile.get("designations").size()).as("no designation is held any more").isZero();
        assertThat(profile.get("designationValidity").get(0).get("state").asText()).isEqualTo("ENDED");
        assertThat(profile.get("statusHistory").toString()).contains("designation DEVELOPER_PARTNER ended: closed: agreement");
        assertThat(partner.api().get("/api/applications/" + application).getBody().get("history").toString()).contains("DESIGNATION_ENDED");
        assertThat(runningDesignation(application)).as("no reminder nor expiry is left to run").isZero();
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email())).extracting(m -> m.getSubject())
                .contains("Статус «Сертифицированный партнёр-разработчик» прекращён вместе с партнёрским договором");
    }

    /** The Developer Partner designation granted to the partner, with the two certified developers it requires. */
    private long grantedDeveloperDesignation(Scenario.Partner partner, LocalDate today) {
        for (String name : java.util.List.of("dev1", "dev2")) {
            var registered = partner.api().post("/api/certifications", Map.of("employeeName", name,
                    "employeeEmail", name + "@" + partner.partnerId() + ".example", "track", "DEVELOPMENT"));
            long exam = registered.getBody().get("id").asLong();
            Scenario.completeOk(scenario.reviewer(), "certification", exam, SpecialistCertificationProcess.USER_SCHEDULE_EXAM,
                    Map.of("decision", "APPROVE", "examDate", today.toString()));
            Scenario.completeOk(scenario.reviewer(), "certification", exam, SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT,
                    Map.of("score", 90));
        }
        var applied = partner.api().post("/api/applications", new java.util.HashMap<>(Map.of("requestedStatus", "DEVELOPER_PARTNER",
                "solutions", "Модуль закупок на Directum RX", "supportArrangements", "Линия поддержки 8x5")));
        assertThat(applied.getStatusCode().value()).as(String.valueOf(applied.getBody())).isEqualTo(201);
        long application = applied.getBody().get("id").asLong();
        Scenario.completeOk(scenario.reviewer(), application, DesignationCertificationProcess.USER_TECHNICAL_REVIEW, Map.of("decision", "APPROVE"));
        Scenario.completeOk(scenario.manager(), application, DesignationCertificationProcess.USER_MANAGER_DECISION, Map.of("decision", "APPROVE"));
        return application;
    }

    private long runningDesignation(long application) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DesignationCertificationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(application)).count();
    }

    private Scenario.Partner signedPartner() {
        Scenario.Partner partner = scenario.authorizedPartner();
        time.awaitAgreementScheduled(partner.partnerId());
        return partner;
    }

    /** The public verification page, anonymously, in the language asked for (null: the default, Russian). */
    private org.springframework.http.ResponseEntity<String> verify(String number, String language) {
        ApiClient.As anyone = language == null ? api.anonymous() : api.anonymous().inLanguage(language);
        return anyone.raw(org.springframework.http.HttpMethod.GET, "/verify/" + number, null, null);
    }

    private long running(String processKey, long partnerId) {
        return time.running(processKey, partnerId);
    }

    private static JsonNode agreement(Scenario.Partner partner) {
        var response = partner.api().get("/api/partners/" + partner.partnerId() + "/agreement");
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    private static java.util.List<String> history(JsonNode agreement) {
        return StreamSupport.stream(agreement.get("history").spliterator(), false).map(e -> e.get("action").asText()).toList();
    }
}
