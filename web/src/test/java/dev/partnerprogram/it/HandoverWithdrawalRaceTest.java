package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.agreement.AgreementNoLongerValid;
import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.processes.ProjectHandoverProcess.Answer;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partner answers the handover it holds while its agreement stops being valid, on PostgreSQL with two threads in the
 * two orders that matter: whichever takes the handover's row first wins, and the other sees what it did. An answer
 * committed first stands (the withdrawal leaves that turn alone); a withdrawal committed first makes the answer a 409
 * and the project goes to the next proposed partner. Each order is forced by holding the row lock in the first thread
 * until the second one waits for it, so the test does not depend on luck.
 */
class HandoverWithdrawalRaceTest extends MarketingIntegrationTest {

    @Autowired
    HandoverWorkflow handoverWorkflow;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAcceptanceThatLocksFirst_stands_andTheWithdrawalLeavesItsTurnAlone() throws Exception {
        Handover h = handover();

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> acceptance = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            lockRow(h.id());
            locked.countDown();
            awaitLatch(go);
            handoverWorkflow.answer(caller(h.holder()), h.id(), Answer.ACCEPT);
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> withdrawal = CompletableFuture.runAsync(() -> withdraw(h));
        awaitSomeoneWaitingForALock();
        go.countDown();
        acceptance.get(60, TimeUnit.SECONDS);
        withdrawal.get(60, TimeUnit.SECONDS);

        JsonNode seen = scenario.manager().get("/api/handovers/" + h.id()).getBody();
        assertThat(seen.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(seen.get("partnerId").asLong()).isEqualTo(h.holder().partnerId());
        assertThat(offerState(seen, h.holder())).isEqualTo("ACCEPTED");
        assertThat(offerState(seen, h.next())).as("its turn never came").isEqualTo("WAITING");
        assertThat(runningHandovers(h.id())).isZero();
    }

    @Test
    void aWithdrawalThatLocksFirst_makesTheAcceptanceA409_andTheProjectMovesOn() throws Exception {
        Handover h = handover();

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> withdrawal = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            lockRow(h.id());
            locked.countDown();
            awaitLatch(go);
            publisher.publishEvent(new AgreementNoLongerValid(h.holder().partnerId(), AgreementState.SUSPENDED, h.note()));
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        var acceptance = CompletableFuture.supplyAsync(() ->
                h.holder().api().post("/api/handovers/" + h.id() + "/accept", Map.of()));
        awaitSomeoneWaitingForALock();
        go.countDown();
        withdrawal.get(60, TimeUnit.SECONDS);
        var answer = acceptance.get(60, TimeUnit.SECONDS);

        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(409);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode seen = scenario.manager().get("/api/handovers/" + h.id()).getBody();
        assertThat(seen.get("state").asText()).isEqualTo("OFFERED");
        assertThat(seen.get("partnerId").asLong()).isEqualTo(h.next().partnerId());
        assertThat(offerState(seen, h.holder())).isEqualTo("WITHDRAWN");
        assertThat(offerState(seen, h.next())).isEqualTo("OFFERED");
        assertThat(Scenario.findTask(h.next().api(), "handover", h.id(), ProjectHandoverProcess.USER_ANSWER_OFFER)).isNotNull();
    }

    @Test
    void aDeclineThatLocksFirst_stands_andTheWithdrawalDoesNotTakeTheOfferFromTheNextPartner() throws Exception {
        Handover h = handover();

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> decline = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            lockRow(h.id());
            locked.countDown();
            awaitLatch(go);
            handoverWorkflow.answer(caller(h.holder()), h.id(), Answer.DECLINE);
        }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> withdrawal = CompletableFuture.runAsync(() -> withdraw(h));
        awaitSomeoneWaitingForALock();
        go.countDown();
        decline.get(60, TimeUnit.SECONDS);
        withdrawal.get(60, TimeUnit.SECONDS);

        JsonNode seen = scenario.manager().get("/api/handovers/" + h.id()).getBody();
        assertThat(offerState(seen, h.holder())).as("the partner's own answer").isEqualTo("DECLINED");
        assertThat(seen.get("state").asText()).isEqualTo("OFFERED");
        assertThat(seen.get("partnerId").asLong()).as("still offered to the next partner").isEqualTo(h.next().partnerId());
        assertThat(offerState(seen, h.next())).isEqualTo("OFFERED");
        assertThat(Scenario.findTask(h.next().api(), "handover", h.id(), ProjectHandoverProcess.USER_ANSWER_OFFER)).isNotNull();
    }

    /** A handover held by the first of two proposed partners of a region of its own. */
    private record Handover(long id, Scenario.Partner holder, Scenario.Partner next, String note) {}

    private Handover handover() {
        String region = "Регион гонки " + ThreadLocalRandom.current().nextInt(1_000_000);
        Scenario.Partner holder = partnerIn(region, "CERTIFIED");
        Scenario.Partner next = partnerIn(region, "AUTHORIZED");
        var offered = scenario.manager().post("/api/handovers", Map.of("title", "Внедрение Directum RX", "customerName", "ООО «Заказчик»",
                "region", region, "kind", "IMPLEMENTATION"));
        assertThat(offered.getStatusCode().value()).as(String.valueOf(offered.getBody())).isEqualTo(201);
        assertThat(offered.getBody().get("partnerId").asLong()).isEqualTo(holder.partnerId());
        return new Handover(offered.getBody().get("id").asLong(), holder, next,
                "closed: agreement DRX-A-RACE-" + holder.partnerId() + " suspended on 2026-01-01");
    }

    /** What the suspension of the holder's agreement does to its handovers, in a transaction of its own. */
    private void withdraw(Handover h) {
        transactions.executeWithoutResult(status ->
                publisher.publishEvent(new AgreementNoLongerValid(h.holder().partnerId(), AgreementState.SUSPENDED, h.note())));
    }

    private void lockRow(long handoverId) {
        jdbc.queryForObject("select id from handover where id = ? for update", Long.class, handoverId);
    }

    /** The second thread has reached the handover's row and waits for the first one's lock. */
    private void awaitSomeoneWaitingForALock() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
                Long.class) > 0);
    }

    private Caller caller(Scenario.Partner partner) {
        return Caller.of(users.findByUsername(partner.email()).orElseThrow());
    }

    private long runningHandovers(long id) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProjectHandoverProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).count();
    }

    private Scenario.Partner partnerIn(String region, String status) {
        Scenario.Partner partner = marketing.authorizedPartner();
        jdbc.update("update partner_company set region = ?, status = ? where id = ?", region, status, partner.partnerId());
        return partner;
    }

    private static String offerState(JsonNode handover, Scenario.Partner partner) {
        Map<Long, String> states = new HashMap<>();
        handover.get("offers").forEach(o -> states.put(o.get("partnerId").asLong(), o.get("state").asText()));
        return states.get(partner.partnerId());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
