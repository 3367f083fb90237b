package dev.partnerprogram.it;

import static dev.partnerprogram.processes.MarketingCompensationProcess.TIMER_CLAIM_DEADLINE;
import static dev.partnerprogram.processes.MarketingCompensationProcess.TIMER_CLAIM_REMINDER;
import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_RECORD_PAYMENT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_REVIEW_COMPENSATION;
import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_SECOND_APPROVAL;
import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_VERIFY_CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.MarketingScenario.Budget;
import dev.partnerprogram.support.Scenario;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Marketing compensation on PostgreSQL with the real delegates and the routing table: every path of the process,
 * with the budget's balances checked against the sum of its ledger entries after each step.
 */
class MarketingCompensationJourneyTest extends MarketingIntegrationTest {

    private Scenario.Partner partner;

    @BeforeEach
    void setUp() {
        partner = marketing.authorizedPartner();
        staff("it-manager-2", Set.of(Role.MANAGER, Role.REVIEWER), List.of());
    }

    @Test
    void approvedClaimedPartlyAcceptedAndPaid_movesTheMoneyFromReservedToPaid() {
        Budget budget = marketing.budget("1000000.00");

        long id = marketing.approvedToday(partner, budget, "200000.00");

        JsonNode approved = MarketingScenario.get(partner, id);
        assertThat(approved.get("amounts").get("requested").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(approved.get("amounts").get("reserved").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(approved.get("claimDueOn").asText()).isEqualTo(MarketingScenario.today().plusDays(30).toString());
        assertThat(approved.get("daysToClaimDeadline").asLong()).isEqualTo(30);
        assertBalances(budget, "1000000.00", "100000.00", "0.00", "900000.00");
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email()))
                .anyMatch(m -> m.getSubject().equals("Мероприятие «Семинар о Directum RX» согласовано"));

        marketing.uploadInvoice(partner, id);
        var claimed = partner.api().post("/api/compensations/" + id + "/claim",
                MarketingScenario.claim("Аренда зала", "120000.00", "Кейтеринг", "50000.00", "Сувениры", "30000.00"));
        assertThat(claimed.getStatusCode().value()).as(String.valueOf(claimed.getBody())).isEqualTo(200);
        assertThat(claimed.getBody().get("state").asText()).isEqualTo("CLAIM_REVIEW");
        assertThat(claimed.getBody().get("amounts").get("claimed").decimalValue()).isEqualByComparingTo("200000.00");
        JsonNode lines = claimed.getBody().get("lines");

        var verification = new HashMap<String, Object>();
        verification.put("decision", "APPROVE");
        verification.put("line-" + lines.get(0).get("id").asLong() + "-decision", "ACCEPT");
        verification.put("line-" + lines.get(1).get("id").asLong() + "-decision", "REDUCE");
        verification.put("line-" + lines.get(1).get("id").asLong() + "-amount", "20000.00");
        verification.put("line-" + lines.get(1).get("id").asLong() + "-reason", "Кейтеринг сверх нормы на участника");
        verification.put("line-" + lines.get(2).get("id").asLong() + "-decision", "REJECT");
        String verifyTask = MarketingScenario.task(scenario.reviewer(), id, USER_VERIFY_CLAIM).get("id").asText();
        var noReason = Scenario.complete(scenario.reviewer(), verifyTask, verification);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody().get("errors").toString()).contains("line-" + lines.get(2).get("id").asLong() + "-reason");
        verification.put("line-" + lines.get(2).get("id").asLong() + "-reason", "Сувениры не входят в правила компенсации");
        var verified = Scenario.complete(scenario.reviewer(), verifyTask, verification);
        assertThat(verified.getStatusCode().value()).as(String.valueOf(verified.getBody())).isEqualTo(200);

        JsonNode pending = MarketingScenario.get(partner, id);
        assertThat(pending.get("state").asText()).isEqualTo("PAYMENT_PENDING");
        assertThat(pending.get("amounts").get("accepted").decimalValue()).isEqualByComparingTo("140000.00");
        // 50% of the accepted 140 000, below the pre-approved 100 000.
        assertThat(pending.get("approvedAmount").decimalValue()).isEqualByComparingTo("70000.00");
        assertBalances(budget, "1000000.00", "100000.00", "0.00", "900000.00");

        var paymentTask = MarketingScenario.task(scenario.reviewer(), id, USER_RECORD_PAYMENT);
        assertThat(paymentTask.get("candidateGroups").toString()).contains("finance");
        var paid = Scenario.complete(scenario.reviewer(), paymentTask.get("id").asText(), Map.of(
                "paymentDate", MarketingScenario.today().toString(), "paymentDocument", "ПП-" + id));
        assertThat(paid.getStatusCode().value()).as(String.valueOf(paid.getBody())).isEqualTo(200);

        JsonNode done = MarketingScenario.get(partner, id);
        assertThat(done.get("state").asText()).isEqualTo("PAID");
        assertThat(done.get("amounts").get("paid").decimalValue()).isEqualByComparingTo("70000.00");
        assertThat(done.get("amounts").get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertBalances(budget, "1000000.00", "0.00", "70000.00", "930000.00");
        assertThat(ledgerKinds(budget)).containsExactly("ALLOCATION", "RESERVATION", "PAYMENT", "RELEASE");
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email()))
                .anyMatch(m -> m.getSubject().equals("Компенсация по мероприятию «Семинар о Directum RX» выплачена")
                        && m.getBody().contains("70000.00"));
    }

    @Test
    void fullAcceptanceIsCappedAtThePreApprovedAmount() {
        Budget budget = marketing.budget("500000.00");
        Map<String, Object> body = MarketingScenario.request(budget.region(), MarketingScenario.today(), MarketingScenario.today(), "100000.00");
        body.put("requestedAmount", "40000.00");
        long id = marketing.submit(partner, body);
        marketing.decide(scenario.reviewer(), id, USER_REVIEW_COMPENSATION, "APPROVE", null);

        marketing.claimedAndAccepted(partner, id, "Всё мероприятие", "150000.00");

        assertThat(MarketingScenario.get(partner, id).get("approvedAmount").decimalValue()).isEqualByComparingTo("40000.00");
    }

    @Test
    void aboveTheThreshold_aManagerMustApproveToo_andNotTheSamePerson() {
        Budget budget = marketing.budget("2000000.00");
        long id = marketing.submitToday(partner, budget, "700000.00");
        ApiClient.As manager = scenario.manager();

        marketing.decide(manager, id, USER_REVIEW_COMPENSATION, "APPROVE", null);

        JsonNode waiting = MarketingScenario.get(partner, id);
        assertThat(waiting.get("state").asText()).isEqualTo("SECOND_APPROVAL");
        assertThat(waiting.get("managerApprovalRequired").asBoolean()).isTrue();
        assertBalances(budget, "2000000.00", "0.00", "0.00", "2000000.00");
        // A reviewer without the manager role does not even see the second approval.
        assertThat(scenario.reviewer().get("/api/tasks?size=100").getBody().toString()).doesNotContain(USER_SECOND_APPROVAL + "\",\"processKey\":\"marketing-compensation\",\"businessKey\":\"" + id);
        String secondTask = MarketingScenario.task(manager, id, USER_SECOND_APPROVAL).get("id").asText();

        var sameManager = Scenario.complete(manager, secondTask, Map.of("decision", "APPROVE"));

        assertThat(sameManager.getStatusCode().value()).isEqualTo(403);
        assertThat(sameManager.getBody().get("code").asText()).isEqualTo("forbidden.compensation.fourEyes");
        assertThat(sameManager.getBody().get("detail").asText()).contains("Принцип четырёх глаз");
        assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("SECOND_APPROVAL");
        assertBalances(budget, "2000000.00", "0.00", "0.00", "2000000.00");

        marketing.decide(api.as("it-manager-2", STAFF_PASSWORD), id, USER_SECOND_APPROVAL, "APPROVE", null);

        JsonNode approved = MarketingScenario.get(partner, id);
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("firstApprover").asText()).isEqualTo("it-manager");
        assertThat(approved.get("secondApprover").asText()).isEqualTo("it-manager-2");
        assertBalances(budget, "2000000.00", "350000.00", "0.00", "1650000.00");
    }

    @Test
    void rejectedRequest_cannotBeClaimed_andTouchesNoMoney() {
        Budget budget = marketing.budget("300000.00");
        long id = marketing.submitToday(partner, budget, "100000.00");

        marketing.decide(scenario.reviewer(), id, USER_REVIEW_COMPENSATION, "REJECT", "Мероприятие вне продвижения Directum RX");

        JsonNode rejected = MarketingScenario.get(partner, id);
        assertThat(rejected.get("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("decisionReason").asText()).isEqualTo("Мероприятие вне продвижения Directum RX");
        var claim = partner.api().post("/api/compensations/" + id + "/claim", MarketingScenario.claim("Зал", "1000.00"));
        assertThat(claim.getStatusCode().value()).isEqualTo(409);
        assertThat(marketing.ledgerEntries(budget.id())).isEqualTo(1);
        assertBalances(budget, "300000.00", "0.00", "0.00", "300000.00");
    }

    @Test
    void reworkThenRevised_isReviewedAgainWithTheNewAmount() {
        Budget budget = marketing.budget("300000.00");
        long id = marketing.submitToday(partner, budget, "100000.00");
        marketing.decide(scenario.reviewer(), id, USER_REVIEW_COMPENSATION, "REWORK", "Уточните бюджет");

        assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("REWORK");
        String revise = MarketingScenario.task(partner.api(), id, MarketingCompensationProcess.USER_REVISE_COMPENSATION).get("id").asText();
        assertThat(Scenario.complete(partner.api(), revise, Map.of("plannedBudget", "80000.00", "requestedAmount", "50000.00"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(Scenario.complete(partner.api(), revise, Map.of("plannedBudget", "80000.00", "requestedAmount", "40000.00"))
                .getStatusCode().value()).isEqualTo(200);

        marketing.decide(scenario.reviewer(), id, USER_REVIEW_COMPENSATION, "APPROVE", null);
        assertBalances(budget, "300000.00", "40000.00", "0.00", "260000.00");
    }

    @Test
    void noClaimByTheDeadline_lapsesAndReleasesTheReservation_afterAReminder() {
        Budget budget = marketing.budget("300000.00");
        long id = marketing.approvedToday(partner, budget, "100000.00");

        runTimer(id, TIMER_CLAIM_REMINDER);

        assertThat(MarketingScenario.get(partner, id).get("history").toString()).contains("CLAIM_REMINDER");
        assertThat(outbox.findByRecipientOrderByIdAsc(partner.email())).anyMatch(m -> m.getSubject().startsWith("Напоминание: отчёт"));

        runTimer(id, TIMER_CLAIM_DEADLINE);

        JsonNode lapsed = MarketingScenario.get(partner, id);
        assertThat(lapsed.get("state").asText()).isEqualTo("LAPSED");
        assertThat(lapsed.get("amounts").get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertBalances(budget, "300000.00", "0.00", "0.00", "300000.00");
        assertThat(partner.api().post("/api/compensations/" + id + "/claim", MarketingScenario.claim("Зал", "1000.00"))
                .getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void claimReturnedForCorrection_thenEveryLineRejected_closesUnpaidAndReleasesAll() {
        Budget budget = marketing.budget("300000.00");
        long id = marketing.approvedToday(partner, budget, "100000.00");
        marketing.uploadInvoice(partner, id);
        partner.api().post("/api/compensations/" + id + "/claim", MarketingScenario.claim("Зал", "90000.00"));

        var noComment = Scenario.complete(scenario.reviewer(),
                MarketingScenario.task(scenario.reviewer(), id, USER_VERIFY_CLAIM).get("id").asText(), Map.of("decision", "REWORK"));
        assertThat(noComment.getStatusCode().value()).isEqualTo(400);
        marketing.decide(scenario.reviewer(), id, USER_VERIFY_CLAIM, "REWORK", "Приложите акт выполненных работ");

        assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("CLAIM_CORRECTION");
        var corrected = partner.api().post("/api/compensations/" + id + "/claim", MarketingScenario.claim("Зал (с актом)", "85000.00"));
        assertThat(corrected.getStatusCode().value()).as(String.valueOf(corrected.getBody())).isEqualTo(200);
        assertThat(corrected.getBody().get("lines")).hasSize(1);
        long line = corrected.getBody().get("lines").get(0).get("id").asLong();

        Scenario.complete(scenario.reviewer(), MarketingScenario.task(scenario.reviewer(), id, USER_VERIFY_CLAIM).get("id").asText(),
                Map.of("decision", "APPROVE", "line-" + line + "-decision", "REJECT", "line-" + line + "-reason", "Акт не подписан"));

        JsonNode closed = MarketingScenario.get(partner, id);
        assertThat(closed.get("state").asText()).isEqualTo("CLOSED_UNPAID");
        assertThat(closed.get("approvedAmount").decimalValue()).isEqualByComparingTo("0");
        assertBalances(budget, "300000.00", "0.00", "0.00", "300000.00");
    }

    @Test
    void cancelledBeforeTheStart_releasesTheReservation_butNotOnceItHasStarted() {
        Budget budget = marketing.budget("300000.00");
        var tomorrow = MarketingScenario.today().plusDays(1);
        long id = marketing.submit(partner, MarketingScenario.request(budget.region(), tomorrow, tomorrow, "100000.00"));
        marketing.decide(scenario.reviewer(), id, USER_REVIEW_COMPENSATION, "APPROVE", null);
        assertBalances(budget, "300000.00", "50000.00", "0.00", "250000.00");

        var cancelled = partner.api().post("/api/compensations/" + id + "/cancel", null);

        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        assertThat(cancelled.getBody().get("state").asText()).isEqualTo("CANCELLED");
        assertBalances(budget, "300000.00", "0.00", "0.00", "300000.00");
        assertThat(partner.api().post("/api/compensations/" + id + "/cancel", null).getStatusCode().value()).isEqualTo(409);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
                .processDefinitionKey(MarketingCompensationProcess.KEY).count()).isZero();

        long started = marketing.approvedToday(partner, budget, "20000.00");
        assertThat(partner.api().post("/api/compensations/" + started + "/cancel", null).getStatusCode().value()).isEqualTo(409);
        assertBalances(budget, "300000.00", "10000.00", "0.00", "290000.00");
    }

    private void runTimer(long compensationId, String timerId) {
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(compensationId))
                .processDefinitionKey(MarketingCompensationProcess.KEY).singleResult().getId();
        var job = managementService.createJobQuery().processInstanceId(instanceId).activityId(timerId).singleResult();
        assertThat(job).as("timer " + timerId).isNotNull();
        managementService.executeJob(job.getId());
    }

    private List<String> ledgerKinds(Budget budget) {
        return jdbc.queryForList("select kind from budget_ledger_entry where budget_id = ? order by id", String.class, budget.id());
    }

    private void assertBalances(Budget budget, String allocated, String reserved, String paid, String available) {
        var api = marketing.balances(budget.id());
        var sums = marketing.sumOfEntries(budget.id());
        for (var b : List.of(api, sums)) {
            assertThat(b.allocated()).as("allocated").isEqualByComparingTo(new BigDecimal(allocated));
            assertThat(b.reserved()).as("reserved").isEqualByComparingTo(new BigDecimal(reserved));
            assertThat(b.paid()).as("paid").isEqualByComparingTo(new BigDecimal(paid));
            assertThat(b.available()).as("available").isEqualByComparingTo(new BigDecimal(available));
        }
    }
}
