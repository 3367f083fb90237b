package dev.partnerprogram.it;

import static dev.partnerprogram.processes.JointEventProcess.TIMER_EVENT_REMINDER;
import static dev.partnerprogram.processes.JointEventProcess.USER_ANSWER_PROPOSED_DATE;
import static dev.partnerprogram.processes.JointEventProcess.USER_REVIEW_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.OpenApiOperations;
import dev.partnerprogram.support.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Joint events with vendor staff: notice, approval with staff names and the calendar, another date proposed. */
class JointEventJourneyTest extends MarketingIntegrationTest {

    private Scenario.Partner partner;

    @BeforeEach
    void setUp() {
        partner = marketing.authorizedPartner();
    }

    @Test
    void theContractsFields_areAllRequired_inTheOpenApiDocumentAndInTheAnswer() {
        JsonNode docs = OpenApiOperations.document(api);
        String ref = docs.at("/paths/~1api~1events/post/requestBody/content/application~1json/schema/$ref").asText();
        JsonNode schema = docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).containsExactlyInAnyOrder("title", "date", "city", "format", "expectedAudience", "vendorRequest");

        Map<String, Object> withoutRequest = event(MarketingScenario.today().plusMonths(2));
        withoutRequest.remove("vendorRequest");
        var refused = partner.api().post("/api/events", withoutRequest);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("vendorRequest");
        assertThat(refused.getBody().get("errors").get(0).get("code").asText()).isEqualTo("error.required");
    }

    @Test
    void lessThanAMonthAhead_isRefusedAtOnceWithTheReason_andNothingStarts() {
        LocalDate tooSoon = MarketingScenario.today().plusMonths(1).minusDays(1);

        var refused = partner.api().post("/api/events", event(tooSoon));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("date");
        assertThat(refused.getBody().get("errors").get(0).get("message").asText())
                .contains(MarketingScenario.today().plusMonths(1).toString());
        assertThat(partner.api().get("/api/events").getBody().get("total").asLong()).isZero();
        assertThat(partner.api().post("/api/events", event(MarketingScenario.today().plusMonths(1))).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void approvedWithStaffNames_appearsInTheCalendar_andARemindersGoesOut() {
        LocalDate date = MarketingScenario.today().plusMonths(2);
        long id = submit(date);
        String task = MarketingScenario.task(scenario.reviewer(), id, USER_REVIEW_EVENT).get("id").asText();
        assertThat(Scenario.complete(scenario.reviewer(), task, Map.of("decision", "APPROVE")).getBody().get("errors").get(0)
                .get("field").asText()).isEqualTo("staffNames");

        var approved = Scenario.complete(scenario.reviewer(), task, Map.of("decision", "APPROVE", "staffNames", "Иван Вендоров"));

        assertThat(approved.getStatusCode().value()).isEqualTo(200);
        JsonNode event = partner.api().get("/api/events/" + id).getBody();
        assertThat(event.get("state").asText()).isEqualTo("APPROVED");
        assertThat(event.get("staffNames").asText()).isEqualTo("Иван Вендоров");
        JsonNode calendar = scenario.manager().get("/api/events/calendar?from=" + date + "&to=" + date + "&size=100").getBody();
        assertThat(calendar.get("items").toString()).contains("\"id\":" + id + ",");
        assertThat(partner.api().get("/api/events/calendar?from=" + date + "&to=" + date).getStatusCode().value()).isEqualTo(403);

        String instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(JointEventProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).singleResult().getId();
        var reminder = managementService.createJobQuery().processInstanceId(instance).activityId(TIMER_EVENT_REMINDER).singleResult();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(date.minusDays(7).atStartOfDay(MarketingScenario.ZONE).toInstant());
        managementService.executeJob(reminder.getId());
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email()))
                .anyMatch(m -> m.getSubject().startsWith("Напоминание: мероприятие «Бизнес-завтрак»"));
    }

    @Test
    void anotherDateProposed_acceptedGoesBackToMarketing_declinedEndsIt() {
        long accepted = submit(MarketingScenario.today().plusMonths(2));
        LocalDate proposed = MarketingScenario.today().plusMonths(3);
        propose(accepted, proposed);
        assertThat(partner.api().get("/api/events/" + accepted).getBody().get("state").asText()).isEqualTo("DATE_PROPOSED");

        answer(accepted, "ACCEPT");

        JsonNode back = partner.api().get("/api/events/" + accepted).getBody();
        assertThat(back.get("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(back.get("date").asText()).isEqualTo(proposed.toString());
        Scenario.complete(scenario.reviewer(), MarketingScenario.task(scenario.reviewer(), accepted, USER_REVIEW_EVENT).get("id").asText(),
                Map.of("decision", "APPROVE", "staffNames", "Пётр Экспертов"));
        assertThat(partner.api().get("/api/events/" + accepted).getBody().get("state").asText()).isEqualTo("APPROVED");

        long declined = submit(MarketingScenario.today().plusMonths(2));
        propose(declined, proposed);
        answer(declined, "DECLINE");
        assertThat(partner.api().get("/api/events/" + declined).getBody().get("state").asText()).isEqualTo("DECLINED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(declined))
                .processDefinitionKey(JointEventProcess.KEY).count()).isZero();
    }

    private void answer(long id, String decision) {
        String task = MarketingScenario.task(partner.api(), id, USER_ANSWER_PROPOSED_DATE).get("id").asText();
        assertThat(Scenario.complete(partner.api(), task, Map.of("decision", "MAYBE")).getStatusCode().value()).isEqualTo(400);
        var response = Scenario.complete(partner.api(), task, Map.of("decision", decision));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    }

    private void propose(long id, LocalDate date) {
        String task = MarketingScenario.task(scenario.reviewer(), id, USER_REVIEW_EVENT).get("id").asText();
        var tooSoon = Scenario.complete(scenario.reviewer(), task, Map.of("decision", "PROPOSE_DATE",
                "proposedDate", MarketingScenario.today().plusDays(3).toString()));
        assertThat(tooSoon.getStatusCode().value()).isEqualTo(400);
        var ok = Scenario.complete(scenario.reviewer(), task, Map.of("decision", "PROPOSE_DATE", "proposedDate", date.toString(),
                "comment", "Эксперт свободен только в эту дату"));
        assertThat(ok.getStatusCode().value()).as(String.valueOf(ok.getBody())).isEqualTo(200);
    }

    private long submit(LocalDate date) {
        var response = partner.api().post("/api/events", event(date));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        assertThat(response.getBody().get("state").asText()).isEqualTo("IN_REVIEW");
        return response.getBody().get("id").asLong();
    }

    private static Map<String, Object> event(LocalDate date) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Бизнес-завтрак");
        body.put("date", date.toString());
        body.put("city", "Казань");
        body.put("format", "OFFLINE");
        body.put("expectedAudience", 40);
        body.put("vendorRequest", "Доклад эксперта вендора");
        return body;
    }
}
