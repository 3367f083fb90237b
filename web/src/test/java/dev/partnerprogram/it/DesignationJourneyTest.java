package dev.partnerprogram.it;

import static dev.partnerprogram.processes.DesignationCertificationProcess.USER_MANAGER_DECISION;
import static dev.partnerprogram.processes.DesignationCertificationProcess.USER_TECHNICAL_REVIEW;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.USER_SCHEDULE_EXAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.DesignationCertificationProcess;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Certification of the extra designations over the API: the rules' report item by item, the technical review and
 * the manager's decision, the designation in the profile, directory and certificate, its renewal and its expiry.
 */
class DesignationJourneyTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));

    @Test
    void trainingCenterWithoutCertifiedTrainers_isRefusedByTheRules_withTheReportItemByItem() {
        Scenario.Partner partner = scenario.authorizedPartner();
        String course = scenario.course("SETUP", "30000");

        long id = apply(partner, Map.of("requestedStatus", "TRAINING_CENTER", "platform", "Класс на 12 мест и Zoom",
                "courses", List.of(course)));

        JsonNode application = partner.api().get("/api/applications/" + id).getBody();
        assertThat(application.get("state").asText()).isEqualTo("REJECTED");
        assertThat(application.get("requestedStatus").asText()).isEqualTo("TRAINING_CENTER");
        assertThat(application.get("decisionReason").asText()).contains("CERTIFIED_TRAINERS");
        JsonNode report = partner.api().get("/api/applications/" + id + "/requirements").getBody();
        assertThat(report.get("evidence").get("courses").toString()).contains(course);
        assertThat(items(report)).containsExactly("CERTIFIED_TRAINERS=false/0", "TRAINING_PLATFORM=true/true", "COURSES_OFFERED=true/1");
        assertThat(subjects(partner.email())).contains("Заявка № " + id + " на «Сертифицированный учебный центр» отклонена");
        assertThat(Scenario.findTask(scenario.reviewer(), "application", id, USER_TECHNICAL_REVIEW)).isNull();
    }

    @Test
    void developerPartner_reviewedAndGranted_thenRenewed_thenExpired() {
        Scenario.Partner partner = scenario.authorizedPartner();
        certify(partner, "dev1", "DEVELOPMENT");
        certify(partner, "dev2", "DEVELOPMENT");
        Map<String, Object> evidence = Map.of("requestedStatus", "DEVELOPER_PARTNER",
                "solutions", "Модуль закупок на Directum RX\nИнтеграция с 1С", "supportArrangements", "Линия поддержки 8x5");

        long first = apply(partner, evidence);

        assertThat(state(partner, first)).isEqualTo("IN_REVIEW");
        assertThat(items(partner.api().get("/api/applications/" + first + "/requirements").getBody()))
                .containsExactly("CERTIFIED_DEVELOPERS=true/2", "SOLUTIONS=true/2", "SUPPORT_ARRANGEMENTS=true/true");
        JsonNode review = Scenario.task(scenario.reviewer(), first, USER_TECHNICAL_REVIEW);
        assertThat(review.get("candidateGroups").toString()).contains("partner-managers");
        Scenario.completeOk(scenario.reviewer(), first, USER_TECHNICAL_REVIEW, Map.of("decision", "APPROVE"));
        assertThat(state(partner, first)).isEqualTo("MANAGER_DECISION");
        // Only a manager decides: the reviewer neither sees the task nor can complete it.
        assertThat(Scenario.findTask(scenario.reviewer(), "application", first, USER_MANAGER_DECISION)).isNull();
        String decisionTask = Scenario.task(scenario.manager(), first, USER_MANAGER_DECISION).get("id").asText();
        assertThat(Scenario.complete(scenario.reviewer(), decisionTask, Map.of("decision", "APPROVE")).getStatusCode().value())
                .isEqualTo(404);
        Scenario.completeOk(scenario.manager(), first, USER_MANAGER_DECISION, Map.of("decision", "APPROVE"));

        assertThat(state(partner, first)).isEqualTo("APPROVED");
        JsonNode profile = partner.api().get("/api/partners/" + partner.partnerId()).getBody();
        assertThat(profile.get("designations").toString()).contains("DEVELOPER_PARTNER");
        assertThat(profile.get("designationValidity").get(0).get("validUntil").asText()).isEqualTo(TODAY.plusYears(1).toString());
        assertThat(directoryEntry(profile.get("companyName").asText()).get("designations").toString()).contains("DEVELOPER_PARTNER");
        assertThat(partner.api().getBytes("/api/partners/" + partner.partnerId() + "/certificate").getStatusCode().value()).isEqualTo(200);
        assertThat(subjects(partner.email())).contains("Компании присвоен статус: «Сертифицированный партнёр-разработчик»");

        long second = apply(partner, evidence);
        Scenario.completeOk(scenario.reviewer(), second, USER_TECHNICAL_REVIEW, Map.of("decision", "APPROVE", "comment", "Продление"));
        Scenario.completeOk(scenario.manager(), second, USER_MANAGER_DECISION, Map.of("decision", "APPROVE"));

        assertThat(state(partner, second)).isEqualTo("APPROVED");
        assertThat(designationUntil(partner)).isEqualTo(TODAY.plusYears(2).toString());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DesignationCertificationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(first)).count()).as("the renewed validity ends").isZero();

        jdbc.update("update partner_designation set valid_until = ? where partner_id = ?", TODAY.minusDays(1), partner.partnerId());
        runTimer(DesignationCertificationProcess.KEY, second, DesignationCertificationProcess.TIMER_RENEWAL_REMINDER);
        assertThat(subjects(partner.email())).contains("Пора продлить: «Сертифицированный партнёр-разработчик»");
        runTimer(DesignationCertificationProcess.KEY, second, DesignationCertificationProcess.TIMER_DESIGNATION_EXPIRED);

        profile = partner.api().get("/api/partners/" + partner.partnerId()).getBody();
        assertThat(profile.get("designations").size()).isZero();
        assertThat(profile.get("designationValidity").get(0).get("state").asText()).isEqualTo("EXPIRED");
        assertThat(directoryEntry(profile.get("companyName").asText()).get("designations").size()).isZero();
        assertThat(partner.api().get("/api/applications/" + second).getBody().get("history").toString()).contains("DESIGNATION_EXPIRED");
    }

    @Test
    void technicalReviewRefusal_needsAReason_andEndsTheApplication() {
        Scenario.Partner partner = scenario.authorizedPartner();
        long id = developerApplication(partner);
        String task = Scenario.task(scenario.reviewer(), id, USER_TECHNICAL_REVIEW).get("id").asText();

        assertThat(Scenario.complete(scenario.reviewer(), task, Map.of("decision", "REJECT")).getStatusCode().value()).isEqualTo(400);
        Scenario.completeOk(scenario.reviewer(), id, USER_TECHNICAL_REVIEW,
                Map.of("decision", "REJECT", "comment", "Решение не работает на Directum RX 4.x"));

        JsonNode application = partner.api().get("/api/applications/" + id).getBody();
        assertThat(application.get("state").asText()).isEqualTo("REJECTED");
        assertThat(application.get("decisionReason").asText()).isEqualTo("Решение не работает на Directum RX 4.x");
        assertThat(partner.api().get("/api/partners/" + partner.partnerId()).getBody().get("designations").size()).isZero();
    }

    @Test
    void partnerMayWithdrawDuringTheReview() {
        Scenario.Partner partner = scenario.authorizedPartner();
        long id = developerApplication(partner);

        var withdrawn = partner.api().post("/api/applications/" + id + "/withdraw", null);

        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
        assertThat(withdrawn.getBody().get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(Scenario.findTask(scenario.reviewer(), "application", id, USER_TECHNICAL_REVIEW)).isNull();
    }

    @Test
    void applicationsThatCannotStart_areRefusedWithoutAProcess() {
        Scenario.Partner applicant = scenario.registerCompany("ru");
        var noStatus = applicant.api().post("/api/applications", Map.of("requestedStatus", "TRAINING_CENTER", "platform", "Класс"));
        assertThat(noStatus.getStatusCode().value()).isEqualTo(409);

        Scenario.Partner partner = scenario.authorizedPartner();
        var unknownCourse = partner.api().post("/api/applications", Map.of("requestedStatus", "TRAINING_CENTER", "platform", "Класс",
                "courses", List.of("NO-SUCH-COURSE")));
        assertThat(unknownCourse.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownCourse.getBody().get("errors").get(0).get("field").asText()).isEqualTo("courses");
        var wrongEvidence = partner.api().post("/api/applications", Map.of("requestedStatus", "DEVELOPER_PARTNER", "platform", "Класс"));
        assertThat(wrongEvidence.getStatusCode().value()).isEqualTo(400);
        assertThat(partner.api().get("/api/applications").getBody().get("total").asLong()).as("only the join application").isEqualTo(1);

        Scenario.Partner stranger = scenario.registerCompany("en");
        long id = apply(partner, Map.of("requestedStatus", "TRAINING_CENTER", "platform", "Класс"));
        assertThat(stranger.api().get("/api/applications/" + id + "/requirements").getStatusCode().value()).isEqualTo(404);
        assertThat(partner.api().post("/api/applications", Map.of("requestedStatus", "TRAINING_CENTER", "platform", "Класс"))
                .getStatusCode().value()).as("refused already, so a new one may start").isEqualTo(201);
    }

    /** The partner's application for Developer Partner, with the two certified developers it requires. */
    private long developerApplication(Scenario.Partner partner) {
        certify(partner, "dev1", "DEVELOPMENT");
        certify(partner, "dev2", "DEVELOPMENT");
        return apply(partner, Map.of("requestedStatus", "DEVELOPER_PARTNER", "solutions", "Решение", "supportArrangements", "24/7"));
    }

    private long apply(Scenario.Partner partner, Map<String, Object> body) {
        var response = partner.api().post("/api/applications", new HashMap<>(body));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    /** A specialist of the partner certified in the track through the exam process. */
    private void certify(Scenario.Partner partner, String name, String track) {
        var registered = partner.api().post("/api/certifications", Map.of("employeeName", name,
                "employeeEmail", name + "@" + partner.partnerId() + ".example", "track", track));
        long exam = registered.getBody().get("id").asLong();
        Scenario.completeOk(scenario.reviewer(), "certification", exam, USER_SCHEDULE_EXAM,
                Map.of("decision", "APPROVE", "examDate", TODAY.toString()));
        Scenario.completeOk(scenario.reviewer(), "certification", exam, USER_RECORD_EXAM_RESULT, Map.of("score", 90));
    }

    private static String state(Scenario.Partner partner, long id) {
        return partner.api().get("/api/applications/" + id).getBody().get("state").asText();
    }

    private static String designationUntil(Scenario.Partner partner) {
        return partner.api().get("/api/partners/" + partner.partnerId()).getBody().get("designationValidity").get(0)
                .get("validUntil").asText();
    }

    private static List<String> items(JsonNode report) {
        List<String> items = new ArrayList<>();
        report.get("items").forEach(i -> items.add(i.get("requirement").asText() + "=" + i.get("met").asBoolean() + "/"
                + i.get("actual").asText()));
        return items;
    }

    private JsonNode directoryEntry(String companyName) {
        ApiClient.As anonymous = api.anonymous();
        for (int page = 0; ; page++) {
            JsonNode body = anonymous.get("/api/directory?size=100&page=" + page).getBody();
            for (JsonNode entry : body.get("items")) {
                if (entry.get("companyName").asText().equals(companyName)) {
                    return entry;
                }
            }
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                throw new AssertionError(companyName + " is not in the directory");
            }
        }
    }

    private List<String> subjects(String recipient) {
        return outbox.findByRecipientOrderByIdAsc(recipient).stream().map(m -> m.getSubject()).toList();
    }
}
