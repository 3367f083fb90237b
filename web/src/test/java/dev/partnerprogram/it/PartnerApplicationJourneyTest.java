package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_CONFIRM_AGREEMENT;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVIEW_APPLICATION;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVISE_APPLICATION;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_UPLOAD_AGREEMENT;
import static dev.partnerprogram.support.Scenario.completeOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * From registration to Authorized Partner through the JSON API, on PostgreSQL, with the e-mails received over SMTP.
 * The basic course is taken in the training-enrollment process, whose pass completes the waiting application.
 */
class PartnerApplicationJourneyTest extends IntegrationTest {

    @Test
    void companyBecomesAuthorizedPartner_fromRegistrationToCertificate() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("ru");

        JsonNode me = partner.api().get("/api/me").getBody();
        assertThat(me.get("roles").toString()).contains("PARTNER");
        assertThat(me.get("partnerId").asLong()).isEqualTo(partner.partnerId());

        var submitted = partner.api().post("/api/applications", Scenario.applicationBody(partner.email()));
        assertThat(submitted.getStatusCode().value()).isEqualTo(201);
        long id = submitted.getBody().get("id").asLong();
        assertThat(submitted.getBody().get("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(submitted.getBody().get("processInstanceId").asText()).isNotBlank();
        assertThat(submitted.getBody().get("stage").asText()).isEqualTo("На рассмотрении");

        var attachment = partner.api().upload("/api/applications/" + id + "/documents", "profile.pdf", Scenario.PDF, Map.of());
        assertThat(attachment.getStatusCode().value()).isEqualTo(201);
        assertThat(attachment.getBody().get("contentType").asText()).isEqualTo("application/pdf");

        JsonNode review = Scenario.task(scenario.reviewer(), id, USER_REVIEW_APPLICATION);
        assertThat(review.get("candidateGroups").toString()).contains("partner-managers");
        assertThat(review.get("due").asText()).isNotBlank();
        assertThat(scenario.reviewer().get("/api/tasks/" + review.get("id").asText()).getBody().get("form").toString())
                .contains("decision", "APPROVE", "REJECT", "REWORK");

        completeOk(scenario.reviewer(), id, USER_REVIEW_APPLICATION, Map.of("decision", "REWORK", "comment", "Укажите сайт"));
        assertThat(state(partner, id)).isEqualTo("REWORK");
        completeOk(partner.api(), id, USER_REVISE_APPLICATION, Map.of("website", "https://fixed.example", "comment", "Исправили"));
        assertThat(partner.api().get("/api/applications/" + id).getBody().get("website").asText()).isEqualTo("https://fixed.example");

        completeOk(scenario.reviewer(), id, USER_REVIEW_APPLICATION, Map.of("decision", "APPROVE"));
        assertThat(state(partner, id)).isEqualTo("AGREEMENT");

        var agreement = partner.api().upload("/api/applications/" + id + "/documents", "agreement-signed.pdf", Scenario.PDF,
                Map.of("kind", "AGREEMENT"));
        assertThat(agreement.getStatusCode().value()).isEqualTo(201);
        completeOk(partner.api(), id, USER_UPLOAD_AGREEMENT, Map.of());
        completeOk(scenario.reviewer(), id, USER_CONFIRM_AGREEMENT, Map.of("decision", "APPROVE"));
        assertThat(state(partner, id)).isEqualTo("BASIC_TRAINING");

        // The application waits for the basic course: the partner enrols an employee; a fail lets it enrol again
        // (in a later session: the first has begun, as a result requires).
        String basic = scenario.course("BASIC", "15000");
        long session = scenario.session(basic, 7, 10);
        long firstAttempt = scenario.enrollOk(partner, basic, session, "ivan");
        scenario.attend(firstAttempt, "FAILED", 55);
        assertThat(state(partner, id)).isEqualTo("BASIC_TRAINING");
        long secondAttempt = scenario.enrollOk(partner, basic, scenario.session(basic, 14, 10), "ivan");
        assertThat(secondAttempt).isNotEqualTo(firstAttempt);
        scenario.attend(secondAttempt, "PASSED", 91);
        assertThat(partner.api().get("/api/enrollments/" + secondAttempt).getBody().get("state").asText()).isEqualTo("PASSED");

        // The grant runs as an asynchronous job, so the trainer's commit does not wait for it.
        await().atMost(Duration.ofSeconds(30)).until(() -> state(partner, id).equals("APPROVED"));

        JsonNode application = partner.api().get("/api/applications/" + id).getBody();
        assertThat(application.get("decidedAt").asText()).isNotBlank();
        assertThat(actions(application)).containsSubsequence("SUBMITTED", "REWORK_REQUESTED", "RESUBMITTED", "REVIEW_APPROVED",
                "AGREEMENT_UPLOADED", "AGREEMENT_CONFIRMED", "BASIC_TRAINING_FAILED", "BASIC_TRAINING_PASSED", "STATUS_GRANTED");

        JsonNode company = partner.api().get("/api/partners/" + partner.partnerId()).getBody();
        assertThat(company.get("status").asText()).isEqualTo("AUTHORIZED");
        assertThat(company.get("certificateNumber").asText()).startsWith("DRX-P-");
        assertThat(company.get("partnerYear").get("start").asText()).isNotBlank();
        assertThat(company.get("statusHistory").get(0).get("to").asText()).isEqualTo("AUTHORIZED");

        JsonNode benefits = partner.api().get("/api/partners/" + partner.partnerId() + "/benefits").getBody();
        assertThat(benefits.get("baseDiscount").asInt()).isEqualTo(35);
        assertThat(benefits.get("freeLicenses").asInt()).isEqualTo(20);
        assertThat(benefits.get("consultationHoursPerMonth").asInt()).isEqualTo(5);
        assertThat(benefits.get("freeTrainingSeats").asInt()).isEqualTo(1);
        assertThat(benefits.get("freeTrainingSeatsLeft").asInt()).isEqualTo(1);

        var pdf = partner.api().getBytes("/api/partners/" + partner.partnerId() + "/certificate");
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

        assertThat(api.anonymous().get("/api/directory?size=100").getBody().get("items").toString())
                .contains(company.get("companyName").asText());

        List<String> expectedSubjects = List.of("Заявка № " + id + " получена", "Заявка № " + id + ": нужна доработка",
                "Заявка № " + id + " одобрена", "Заявка № " + id + ": нужно базовое обучение",
                "Заявка № " + id + ": базовое обучение не пройдено", "Присвоен статус партнёра");
        await().atMost(Duration.ofSeconds(30)).until(() -> subjectsTo(partner.email()).containsAll(expectedSubjects));
    }

    private static String state(Scenario.Partner partner, long id) {
        return partner.api().get("/api/applications/" + id).getBody().get("state").asText();
    }

    private static List<String> actions(JsonNode application) {
        var result = new java.util.ArrayList<String>();
        application.get("history").forEach(h -> result.add(h.get("action").asText()));
        return result;
    }

    private static List<String> subjectsTo(String email) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(email))
                .map(IntegrationTestMail::subject).toList();
    }

    private static String recipient(MimeMessage message) {
        return IntegrationTestMail.recipient(message);
    }
}
