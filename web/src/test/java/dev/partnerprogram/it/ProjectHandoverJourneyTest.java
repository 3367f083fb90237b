package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Project handover on PostgreSQL: offered to the three partners of the customer's region in turn, the first declines,
 * the second lets its deadline pass, the third accepts; two acceptances at once are one 200 and one 409; the partners
 * see only what was offered to them. Each partner whose turn comes is mailed the deadline; the manager who offered the
 * project is mailed its acceptance, or that nobody took it.
 */
class ProjectHandoverJourneyTest extends MarketingIntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    /** The manager of the tests, who offers the projects and hears how each ended. */
    private static final String MANAGER_EMAIL = "it-manager@vendor.example";

    @Test
    void firstDeclines_secondTimesOut_thirdAccepts_andTwoAcceptancesAtOnceAreOne200One409() throws Exception {
        String region = "Регион передачи " + ThreadLocalRandom.current().nextInt(1_000_000);
        List<Scenario.Partner> partners = List.of(partnerIn(region), partnerIn(region), partnerIn(region));
        Scenario.Partner first = partners.get(0);
        Scenario.Partner second = partners.get(1);
        Scenario.Partner third = partners.get(2);
        assertThat(first.api().post("/api/handovers", body(region)).getStatusCode().value()).isEqualTo(403);

        var offered = scenario.manager().post("/api/handovers", body(region));
        assertThat(offered.getStatusCode().value()).as(String.valueOf(offered.getBody())).isEqualTo(201);
        long id = offered.getBody().get("id").asLong();
        assertThat(offered.getBody().get("partnerId").asLong()).isEqualTo(first.partnerId());
        assertThat(offered.getBody().get("answerDueAt").isTextual()).isTrue();
        List<Long> order = new ArrayList<>();
        offered.getBody().get("offers").forEach(o -> order.add(o.get("partnerId").asLong()));
        assertThat(order).containsExactly(first.partnerId(), second.partnerId(), third.partnerId());
        // Each partner whose turn comes is mailed, with the deadline in the program's time and the reader's format (the
        // zone named): the first at once.
        var due = Instant.parse(offered.getBody().get("answerDueAt").asText()).atZone(ZONE);
        assertThat(offerMailTo(first, id)).contains("до " + DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(due) + " MSK");
        assertThat(IntegrationTestMail.mailTo(greenMail, second.email(), offerSubject(id))).as("not its turn yet").isEmpty();

        assertThat(second.api().get("/api/handovers/" + id).getStatusCode().value()).as("not offered to it yet").isEqualTo(404);
        assertThat(second.api().post("/api/handovers/" + id + "/accept", Map.of()).getStatusCode().value()).isEqualTo(404);
        var declined = first.api().post("/api/handovers/" + id + "/decline", Map.of());
        assertThat(declined.getStatusCode().value()).as(String.valueOf(declined.getBody())).isEqualTo(200);
        assertThat(first.api().post("/api/handovers/" + id + "/accept", Map.of()).getStatusCode().value())
                .as("the offer moved on").isEqualTo(409);

        assertThat(holder(id)).isEqualTo(second.partnerId());
        assertThat(offerMailTo(second, id)).contains("«ООО «Заказчик»»");
        runTimer(ProjectHandoverProcess.KEY, id, ProjectHandoverProcess.TIMER_ANSWER_DUE);
        assertThat(holder(id)).isEqualTo(third.partnerId());
        assertThat(offerMailTo(third, id)).contains("№ " + id);
        assertThat(second.api().post("/api/handovers/" + id + "/accept", Map.of()).getStatusCode().value())
                .as("after its deadline").isEqualTo(409);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> accept = () -> {
                start.await();
                return third.api().post("/api/handovers/" + id + "/accept", Map.of()).getStatusCode().value();
            };
            Future<Integer> one = pool.submit(accept);
            Future<Integer> two = pool.submit(accept);
            start.countDown();
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }

        JsonNode taken = scenario.manager().get("/api/handovers/" + id).getBody();
        assertThat(taken.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(taken.get("partnerId").asLong()).isEqualTo(third.partnerId());
        List<String> answers = new ArrayList<>();
        taken.get("offers").forEach(o -> answers.add(o.get("state").asText()));
        assertThat(answers).containsExactly("DECLINED", "LAPSED", "ACCEPTED");
        IntegrationTestMail.await(greenMail, MANAGER_EMAIL, "Проект № " + id + " «Внедрение Directum RX» принят партнёром");
        assertThat(IntegrationTestMail.body(IntegrationTestMail.mailTo(greenMail, MANAGER_EMAIL,
                "Проект № " + id + " «Внедрение Directum RX» принят партнёром").get(0)))
                .contains(jdbc.queryForObject("select company_name from partner_company where id = ?", String.class, third.partnerId()));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProjectHandoverProcess.KEY)
                .processInstanceBusinessKey(Long.toString(id)).count()).isZero();
        assertThat(first.api().get("/api/handovers").getBody().get("items").get(0).get("id").asLong()).isEqualTo(id);
        JsonNode seenByFirst = first.api().get("/api/handovers/" + id).getBody();
        assertThat(seenByFirst.get("offers")).as("the other turns are the managers'").hasSize(1);
        assertThat(seenByFirst.get("offers").get(0).get("partnerId").asLong()).isEqualTo(first.partnerId());
        assertThat(seenByFirst.get("offers").get(0).get("state").asText()).isEqualTo("DECLINED");
        assertThat(seenByFirst.get("partnerName").isNull()).as("not who took it").isTrue();
    }

    @Test
    void aRegionWithoutPartners_endsTheHandoverUnassigned() {
        var offered = scenario.manager().post("/api/handovers", body("Пустой регион " + ThreadLocalRandom.current().nextInt(1_000_000)));

        assertThat(offered.getStatusCode().value()).isEqualTo(201);
        assertThat(offered.getBody().get("state").asText()).isEqualTo("UNASSIGNED");
        IntegrationTestMail.await(greenMail, MANAGER_EMAIL, "Проект № " + offered.getBody().get("id").asLong() + " «Внедрение Directum RX»"
                + " никто не принял");
        var missing = scenario.manager().post("/api/handovers", Map.of("title", " ", "kind", "SUPPORT"));
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
    }

    /** The offer's mail to the partner's user, once the outbox sent it. */
    private static String offerMailTo(Scenario.Partner partner, long id) {
        IntegrationTestMail.await(greenMail, partner.email(), offerSubject(id));
        return IntegrationTestMail.body(IntegrationTestMail.mailTo(greenMail, partner.email(), offerSubject(id)).get(0));
    }

    private static String offerSubject(long id) {
        return "Вам предложен проект № " + id + ": «Внедрение Directum RX»";
    }

    private long holder(long id) {
        return scenario.manager().get("/api/handovers/" + id).getBody().get("partnerId").asLong();
    }

    private Scenario.Partner partnerIn(String region) {
        Scenario.Partner partner = marketing.authorizedPartner();
        jdbc.update("update partner_company set region = ? where id = ?", region, partner.partnerId());
        return partner;
    }

    private static Map<String, Object> body(String region) {
        return Map.of("title", "Внедрение Directum RX", "customerName", "ООО «Заказчик»", "region", region, "kind", "IMPLEMENTATION");
    }
}
