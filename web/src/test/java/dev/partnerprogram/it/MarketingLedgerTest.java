package dev.partnerprogram.it;

import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_RECORD_PAYMENT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_REVIEW_COMPENSATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.compensation.CompensationPayments;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.MarketingScenario.Budget;
import dev.partnerprogram.support.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The budget ledger on PostgreSQL: concurrent approvals, allocations and caps, and payments that fail. */
class MarketingLedgerTest extends MarketingIntegrationTest {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CompensationPayments payments;

    @Test
    void concurrentApprovalsAgainstANearlySpentBudget_neverOverspendIt() throws Exception {
        Budget budget = marketing.budget("100000.00");
        Scenario.Partner partner = marketing.authorizedPartner();
        int requests = 6;
        List<String> taskIds = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long id = marketing.submitToday(partner, budget, "60000.00");
            taskIds.add(MarketingScenario.task(scenario.reviewer(), id, USER_REVIEW_COMPENSATION).get("id").asText());
        }

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (String taskId : taskIds) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return Scenario.complete(scenario.reviewer(), taskId, Map.of("decision", "APPROVE")).getStatusCode().value();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }

            // 30 000 each: three fit into 100 000, the other three are refused, whatever the order.
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        var balances = marketing.balances(budget.id());
        var sums = marketing.sumOfEntries(budget.id());
        assertThat(balances.reserved()).isEqualByComparingTo("90000.00").isEqualByComparingTo(sums.reserved());
        assertThat(balances.available()).isEqualByComparingTo("10000.00").isEqualByComparingTo(sums.available());
        assertThat(jdbc.queryForObject("select count(*) from budget_ledger_entry where budget_id = ? and kind = 'RESERVATION'",
                Long.class, budget.id())).isEqualTo(3);
        // The refused reviews stay open for a later decision; the approved ones are done.
        String inbox = scenario.reviewer().get("/api/tasks?size=100").getBody().toString();
        assertThat(taskIds.stream().filter(inbox::contains)).hasSize(3);
    }

    @Test
    void theBudgetCannotBeLoweredBelowWhatIsCommitted_andAPartnersCapLimitsItsReservations() {
        Budget budget = marketing.budget("200000.00");
        Scenario.Partner partner = marketing.authorizedPartner();
        marketing.approvedToday(partner, budget, "100000.00");

        var tooLow = scenario.manager().post("/api/budgets/" + budget.id() + "/allocation", Map.of("amount", "40000.00"));
        assertThat(tooLow.getStatusCode().value()).isEqualTo(409);
        var lowered = scenario.manager().post("/api/budgets/" + budget.id() + "/allocation", Map.of("amount", "150000.00"));
        assertThat(lowered.getStatusCode().value()).isEqualTo(200);
        assertThat(lowered.getBody().get("available").decimalValue()).isEqualByComparingTo("100000.00");

        var cap = scenario.manager().post("/api/budgets/" + budget.id() + "/allocation",
                Map.of("amount", "60000.00", "partnerId", partner.partnerId()));
        assertThat(cap.getStatusCode().value()).isEqualTo(200);
        assertThat(cap.getBody().get("allocated").decimalValue()).isEqualByComparingTo("150000.00");
        long overCap = marketing.submitToday(partner, budget, "40000.00");
        String task = MarketingScenario.task(scenario.reviewer(), overCap, USER_REVIEW_COMPENSATION).get("id").asText();
        var refused = Scenario.complete(scenario.reviewer(), task, Map.of("decision", "APPROVE"));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("conflict.budget.partnerShort");
        assertThat(refused.getBody().get("detail").asText()).contains("В доле партнёра");
        assertThat(marketing.balances(budget.id()).reserved()).isEqualByComparingTo("50000.00");

        assertThat(scenario.reviewer().post("/api/budgets/" + budget.id() + "/allocation", Map.of("amount", "1.00"))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(partner.api().get("/api/budgets").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aFailedPaymentStep_rollsBackWithoutALedgerEntry() {
        Budget budget = marketing.budget("300000.00");
        Scenario.Partner partner = marketing.authorizedPartner();
        long id = paymentPending(partner, budget);
        long before = marketing.ledgerEntries(budget.id());

        // The payment is recorded, then something later in the same step fails: nothing of it may stay.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            payments.recordPayment(id, MarketingScenario.today(), "ПП-сбой-" + id, "it-reviewer");
            throw new IllegalStateException("the bank connection dropped");
        })).hasMessageContaining("bank");

        assertThat(marketing.ledgerEntries(budget.id())).isEqualTo(before);
        assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("PAYMENT_PENDING");
        assertThat(marketing.balances(budget.id()).paid()).isEqualByComparingTo("0");

        // A payment document already used elsewhere is refused by the task as a whole, ledger untouched.
        Scenario.Partner other = marketing.authorizedPartner();
        long paidFirst = paymentPending(other, budget);
        pay(other, paidFirst, "ПП-дубль-" + id);
        long afterFirst = marketing.ledgerEntries(budget.id());
        var duplicate = Scenario.complete(scenario.reviewer(),
                MarketingScenario.task(scenario.reviewer(), id, USER_RECORD_PAYMENT).get("id").asText(),
                Map.of("paymentDate", MarketingScenario.today().toString(), "paymentDocument", "ПП-дубль-" + id));
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat(marketing.ledgerEntries(budget.id())).isEqualTo(afterFirst);

        var future = Scenario.complete(scenario.reviewer(),
                MarketingScenario.task(scenario.reviewer(), id, USER_RECORD_PAYMENT).get("id").asText(),
                Map.of("paymentDate", MarketingScenario.today().plusDays(3).toString(), "paymentDocument", "ПП-ок-" + id));
        assertThat(future.getStatusCode().value()).isEqualTo(400);
        assertThat(marketing.ledgerEntries(budget.id())).isEqualTo(afterFirst);

        pay(partner, id, "ПП-ок-" + id);
        var sums = marketing.sumOfEntries(budget.id());
        assertThat(marketing.balances(budget.id()).paid()).isEqualByComparingTo(sums.paid()).isEqualByComparingTo(new BigDecimal("20000.00"));
        assertThat(sums.reserved()).isEqualByComparingTo("0");
    }

    /** An approved activity of today, claimed at 20 000 and fully accepted: 10 000 to pay. */
    private long paymentPending(Scenario.Partner partner, Budget budget) {
        long id = marketing.approvedToday(partner, budget, "40000.00");
        marketing.claimedAndAccepted(partner, id, "Зал", "20000.00");
        assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("PAYMENT_PENDING");
        return id;
    }

    private void pay(Scenario.Partner partner, long id, String document) {
        var paid = Scenario.complete(scenario.reviewer(), MarketingScenario.task(scenario.reviewer(), id, USER_RECORD_PAYMENT).get("id").asText(),
                Map.of("paymentDate", MarketingScenario.today().toString(), "paymentDocument", document));
        assertThat(paid.getStatusCode().value()).as(String.valueOf(paid.getBody())).isEqualTo(200);
        assertThat(MarketingScenario.get(partner, id).get("state").asText()).isEqualTo("PAID");
    }
}
