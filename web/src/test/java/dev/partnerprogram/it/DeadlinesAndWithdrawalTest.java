package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerApplicationProcess.TIMER_REVIEW_OVERDUE;
import static dev.partnerprogram.processes.PartnerApplicationProcess.TIMER_REWORK_TIMEOUT;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_CONFIRM_AGREEMENT;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVIEW_APPLICATION;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_UPLOAD_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadlines and the withdrawal with the real delegates and database: timer jobs are run explicitly rather than
 * waited for, since their due dates are days away.
 */
class DeadlinesAndWithdrawalTest extends IntegrationTest {

    private Scenario.Partner partner;

    @BeforeEach
    void company() {
        partner = scenario.registerCompany("ru");
    }

    @Test
    void overdueReview_flagsTheApplicationAndTellsManagers_whileTheTaskStaysWithTheReviewer() {
        long id = scenario.apply(partner);
        String taskId = Scenario.task(scenario.reviewer(), id, USER_REVIEW_APPLICATION).get("id").asText();
        assertThat(scenario.reviewer().post("/api/tasks/" + taskId + "/claim", null).getStatusCode().value()).isEqualTo(200);

        runTimer(id, TIMER_REVIEW_OVERDUE);

        JsonNode application = partner.api().get("/api/applications/" + id).getBody();
        assertThat(application.get("reviewOverdue").asBoolean()).isTrue();
        assertThat(application.get("history").toString()).contains("REVIEW_OVERDUE");
        JsonNode task = scenario.reviewer().get("/api/tasks/" + taskId).getBody();
        assertThat(task.get("assignee").asText()).isEqualTo("it-reviewer");
        assertThat(outbox.findByRecipientOrderByIdAsc("it-manager@vendor.example"))
                .anyMatch(m -> m.getSubject().equals("Просрочено рассмотрение заявки № " + id));

        Scenario.completeOk(scenario.reviewer(), id, USER_REVIEW_APPLICATION, Map.of("decision", "APPROVE"));
        application = partner.api().get("/api/applications/" + id).getBody();
        assertThat(application.get("state").asText()).isEqualTo("AGREEMENT");
        assertThat(application.get("reviewOverdue").asBoolean()).isFalse();
    }

    @Test
    void unansweredRework_withdrawsTheApplicationAfterTheTimeout() {
        long id = scenario.apply(partner);
        Scenario.completeOk(scenario.reviewer(), id, USER_REVIEW_APPLICATION, Map.of("decision", "REWORK", "comment", "Нужны детали"));

        runTimer(id, TIMER_REWORK_TIMEOUT);

        JsonNode application = partner.api().get("/api/applications/" + id).getBody();
        assertThat(application.get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(application.get("history").toString()).contains("\"actor\":\"system\"", "WITHDRAWN");
        assertThat(partner.api().get("/api/tasks").getBody().get("total").asLong()).isZero();
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email())).anyMatch(m -> m.getSubject().equals("Заявка № " + id + " отозвана"));
        // A withdrawn company may apply again.
        assertThat(partner.api().post("/api/applications", Scenario.applicationBody(partner.email())).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void partnerWithdrawsWhileWaitingForTraining_endsTheProcess() {
        long id = scenario.apply(partner);
        Scenario.completeOk(scenario.reviewer(), id, USER_REVIEW_APPLICATION, Map.of("decision", "APPROVE"));
        partner.api().upload("/api/applications/" + id + "/documents", "signed.pdf", Scenario.PDF, Map.of("kind", "AGREEMENT"));
        Scenario.completeOk(partner.api(), id, USER_UPLOAD_AGREEMENT, Map.of());
        Scenario.completeOk(scenario.reviewer(), id, USER_CONFIRM_AGREEMENT, Map.of("decision", "APPROVE"));
        assertThat(partner.api().get("/api/applications/" + id).getBody().get("state").asText()).isEqualTo("BASIC_TRAINING");

        var withdrawn = partner.api().post("/api/applications/" + id + "/withdraw", null);

        assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
        assertThat(withdrawn.getBody().get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getBody().get("history").toString()).contains("\"actor\":\"" + partner.email() + "\"");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PartnerApplicationProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).count()).isZero();
        assertThat(partner.api().post("/api/applications/" + id + "/withdraw", null).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void agreementTaskCannotBeCompletedWithoutTheSignedAgreement() {
        long id = scenario.apply(partner);
        Scenario.completeOk(scenario.reviewer(), id, USER_REVIEW_APPLICATION, Map.of("decision", "APPROVE"));
        String taskId = Scenario.task(partner.api(), id, USER_UPLOAD_AGREEMENT).get("id").asText();

        var response = Scenario.complete(partner.api(), taskId, Map.of());

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("agreement");
        assertThat(partner.api().get("/api/tasks/" + taskId).getStatusCode().value()).isEqualTo(200);
    }

    private void runTimer(long applicationId, String timerId) {
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(applicationId))
                .processDefinitionKey(dev.partnerprogram.processes.PartnerApplicationProcess.KEY).singleResult().getId();
        var job = managementService.createJobQuery().processInstanceId(instanceId).activityId(timerId).singleResult();
        assertThat(job).as("timer " + timerId).isNotNull();
        managementService.executeJob(job.getId());
    }
}
