package dev.partnerprogram.it;

import static dev.partnerprogram.processes.SpecialistCertificationProcess.USER_RECORD_EXAM_RESULT;
import static dev.partnerprogram.processes.SpecialistCertificationProcess.USER_SCHEDULE_EXAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.SpecialistCertificationProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A specialist's certification over the API: exam, result against the pass mark, certificate, reminders and expiry. */
class CertificationJourneyTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));

    private Scenario.Partner partner;

    @BeforeEach
    void company() {
        partner = scenario.registerCompany("ru");
    }

    @Test
    void passedExam_issuesACertificateValidForTwoYears_remindsBeforeTheEnd_andExpires() {
        long exam = register("Ирина Настройкина", "irina@firm.example", "SETUP");
        assertThat(certification(exam).get("state").asText()).isEqualTo("REGISTERED");
        assertThat(certification(exam).get("stage").asText()).isEqualTo("Ожидает назначения экзамена");

        schedule(exam, TODAY);
        assertThat(certification(exam).get("state").asText()).isEqualTo("SCHEDULED");
        Scenario.completeOk(scenario.reviewer(), "certification", exam, USER_RECORD_EXAM_RESULT, Map.of("score", 85));

        JsonNode passed = certification(exam);
        assertThat(passed.get("state").asText()).isEqualTo("PASSED");
        assertThat(passed.get("passMark").asInt()).isEqualTo(80);
        assertThat(passed.get("certificateNumber").asText()).startsWith("DRX-S-" + TODAY.getYear() + "-");
        assertThat(passed.get("validUntil").asText()).isEqualTo(TODAY.plusYears(2).toString());
        var pdf = partner.api().getBytes("/api/certifications/" + exam + "/certificate");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(subjects("irina@firm.example")).contains("Выдан сертификат № " + passed.get("certificateNumber").asText());

        JsonNode specialist = partner.api().get("/api/specialists").getBody().get("items").get(0);
        assertThat(specialist.get("countsForPartner").asBoolean()).isTrue();
        assertThat(specialist.get("certificates").get(0).get("state").asText()).isEqualTo("VALID");

        runTimer(SpecialistCertificationProcess.KEY, exam, SpecialistCertificationProcess.TIMER_FIRST_EXPIRY_REMINDER);
        runTimer(SpecialistCertificationProcess.KEY, exam, SpecialistCertificationProcess.TIMER_SECOND_EXPIRY_REMINDER);
        assertThat(subjects(partner.email()).stream().filter(s -> s.startsWith("Сертификат № ") && s.contains(" истекает ")))
                .hasSize(2);

        // An early run of the expiry timer cannot end a certificate that is still valid; once its last day is past, it can.
        jdbc.update("update specialist_certificate set valid_until = ? where exam_id = ?", TODAY.minusDays(1), exam);
        runTimer(SpecialistCertificationProcess.KEY, exam, SpecialistCertificationProcess.TIMER_CERTIFICATE_EXPIRED);

        assertThat(certification(exam).get("certificateState").asText()).isEqualTo("EXPIRED");
        assertThat(subjects("irina@firm.example")).anyMatch(s -> s.startsWith("Истёк сертификат № "));
    }

    @Test
    void certificateValidFarAhead_isNotExpiredByAnEarlyTimer() {
        long exam = register("Глеб Ранний", "gleb@firm.example", "PROJECT_MANAGEMENT");
        schedule(exam, TODAY);
        Scenario.completeOk(scenario.reviewer(), "certification", exam, USER_RECORD_EXAM_RESULT, Map.of("score", 80));

        runTimer(SpecialistCertificationProcess.KEY, exam, SpecialistCertificationProcess.TIMER_FIRST_EXPIRY_REMINDER);
        runTimer(SpecialistCertificationProcess.KEY, exam, SpecialistCertificationProcess.TIMER_SECOND_EXPIRY_REMINDER);
        runTimer(SpecialistCertificationProcess.KEY, exam, SpecialistCertificationProcess.TIMER_CERTIFICATE_EXPIRED);

        assertThat(certification(exam).get("certificateState").asText()).isEqualTo("VALID");
    }

    @Test
    void scoreBelowThePassMark_failsWithoutACertificate_andTheSpecialistMayRegisterAgain() {
        long exam = register("Фёдор Неудачин", "fedor@firm.example", "DEVELOPMENT");
        schedule(exam, TODAY);
        assertThat(partner.api().post("/api/certifications", Map.of("employeeName", "Фёдор", "employeeEmail", "fedor@firm.example",
                "track", "DEVELOPMENT")).getStatusCode().value()).isEqualTo(409);

        Scenario.completeOk(scenario.reviewer(), "certification", exam, USER_RECORD_EXAM_RESULT, Map.of("score", 79));

        JsonNode failed = certification(exam);
        assertThat(failed.get("state").asText()).isEqualTo("FAILED");
        assertThat(failed.get("certificateNumber").isNull()).isTrue();
        assertThat(partner.api().getBytes("/api/certifications/" + exam + "/certificate").getStatusCode().value()).isEqualTo(404);
        assertThat(subjects("fedor@firm.example")).contains("Экзамен № " + exam + " не сдан");
        assertThat(register("Фёдор Неудачин", "fedor@firm.example", "DEVELOPMENT")).isNotEqualTo(exam);
    }

    @Test
    void registrationRefused_needsAReason() {
        long exam = register("Борис", "boris@firm.example", "TRAINER");
        String task = Scenario.task(scenario.reviewer(), "certification", exam, USER_SCHEDULE_EXAM).get("id").asText();

        assertThat(Scenario.complete(scenario.reviewer(), task, Map.of("decision", "REJECT")).getStatusCode().value()).isEqualTo(400);
        assertThat(Scenario.complete(scenario.reviewer(), task, Map.of("decision", "APPROVE", "examDate", TODAY.minusDays(1).toString()))
                .getStatusCode().value()).isEqualTo(400);
        Scenario.completeOk(scenario.reviewer(), "certification", exam, USER_SCHEDULE_EXAM,
                Map.of("decision", "REJECT", "comment", "Нет опыта проведения курсов"));

        assertThat(certification(exam).get("state").asText()).isEqualTo("REJECTED");
        assertThat(certification(exam).get("decisionReason").asText()).isEqualTo("Нет опыта проведения курсов");
    }

    @Test
    void resultBeforeTheExamDate_isRefused() {
        long exam = register("Вера Спешкина", "vera@firm.example", "SETUP");
        schedule(exam, TODAY.plusDays(3));
        String task = Scenario.task(scenario.reviewer(), "certification", exam, USER_RECORD_EXAM_RESULT).get("id").asText();

        var early = Scenario.complete(scenario.reviewer(), task, Map.of("score", 95));

        assertThat(early.getStatusCode().value()).isEqualTo(400);
        assertThat(early.getBody().get("errors").get(0).get("message").asText()).contains(TODAY.plusDays(3).toString());
        assertThat(certification(exam).get("state").asText()).isEqualTo("SCHEDULED");
    }

    @Test
    void specialistWhoLeft_noLongerCountsForThePartner() {
        long exam = register("Лев Ушедший", "lev@firm.example", "SETUP");
        schedule(exam, TODAY);
        Scenario.completeOk(scenario.reviewer(), "certification", exam, USER_RECORD_EXAM_RESULT, Map.of("score", 90));
        long specialistId = certification(exam).get("specialist").get("id").asLong();
        Scenario.Partner other = scenario.registerCompany("ru");
        assertThat(other.api().post("/api/specialists/" + specialistId + "/leave", null).getStatusCode().value()).isEqualTo(404);

        var left = partner.api().post("/api/specialists/" + specialistId + "/leave", null);

        assertThat(left.getStatusCode().value()).isEqualTo(200);
        assertThat(left.getBody().get("countsForPartner").asBoolean()).isFalse();
        assertThat(left.getBody().get("certificates").get(0).get("state").asText()).isEqualTo("VALID");
    }

    @Test
    void badInputAndOtherPartners() {
        var bad = partner.api().post("/api/certifications", Map.of("employeeName", "", "employeeEmail", "nope", "track", "SETUP"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("errors").toString()).contains("employeeName", "employeeEmail");
        assertThat(partner.api().postRaw("/api/certifications", "{\"employeeName\":\"A\",\"employeeEmail\":\"a@b.example\",\"track\":\"COOKING\"}")
                .getStatusCode().value()).isEqualTo(400);

        long exam = register("Тайный Специалист", "secret@firm.example", "SETUP");
        Scenario.Partner other = scenario.registerCompany("en");
        assertThat(other.api().get("/api/certifications/" + exam).getStatusCode().value()).isEqualTo(404);
        assertThat(other.api().getBytes("/api/certifications/" + exam + "/certificate").getStatusCode().value()).isEqualTo(404);
        assertThat(other.api().get("/api/certifications").getBody().get("total").asLong()).isZero();
        assertThat(other.api().get("/api/specialists?partnerId=" + partner.partnerId()).getStatusCode().value()).isEqualTo(404);
    }

    private long register(String name, String email, String track) {
        var response = partner.api().post("/api/certifications", Map.of("employeeName", name, "employeeEmail", email, "track", track));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody().get("id").asLong();
    }

    private void schedule(long exam, LocalDate date) {
        Scenario.completeOk(scenario.reviewer(), "certification", exam, USER_SCHEDULE_EXAM,
                Map.of("decision", "APPROVE", "examDate", date.toString()));
    }

    private JsonNode certification(long id) {
        return partner.api().get("/api/certifications/" + id).getBody();
    }

    private java.util.List<String> subjects(String recipient) {
        return outbox.findByRecipientOrderByIdAsc(recipient).stream().map(m -> m.getSubject()).toList();
    }
}
