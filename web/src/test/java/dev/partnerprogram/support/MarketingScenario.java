package dev.partnerprogram.support;

import static dev.partnerprogram.processes.MarketingCompensationProcess.USER_VERIFY_CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/** Steps of the marketing-compensation journey over the API: budgets, authorized partners, requests, claims. */
public final class MarketingScenario {
    private static final AtomicLong REGIONS = new AtomicLong(System.nanoTime() % 1_000_000L);
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final Scenario scenario;
    private final JdbcTemplate jdbc;

    public MarketingScenario(Scenario scenario, JdbcTemplate jdbc) {
        this.scenario = scenario;
        this.jdbc = jdbc;
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A registered company made Authorized directly in the database: the application journey is tested elsewhere. */
    public Scenario.Partner authorizedPartner() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        jdbc.update("update partner_company set status = 'AUTHORIZED' where id = ?", partner.partnerId());
        return partner;
    }

    /** A fresh region of its own with a budget for this year, so tests never share money. */
    public Budget budget(String amount) {
        String region = "Регион-" + REGIONS.incrementAndGet();
        var response = scenario.manager().post("/api/budgets", Map.of("region", region, "year", today().getYear(), "amount", amount));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return new Budget(response.getBody().get("id").asLong(), region);
    }

    public record Budget(long id, String region) {}

    public static Map<String, Object> request(String region, LocalDate start, LocalDate end, String plannedBudget) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Семинар о Directum RX");
        body.put("kind", "EVENT");
        body.put("region", region);
        body.put("plannedStart", start.toString());
        body.put("plannedEnd", end.toString());
        body.put("plannedBudget", plannedBudget);
        body.put("expectedAudience", 50);
        body.put("expectedLeads", 10);
        body.put("description", "Семинар для заказчиков региона");
        return body;
    }

    public long submit(Scenario.Partner partner, Map<String, Object> body) {
        var response = partner.api().post("/api/compensations", body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        assertThat(response.getBody().get("state").asText()).isEqualTo("IN_REVIEW");
        return response.getBody().get("id").asLong();
    }

    /** A request for an activity that takes place today, so it can be claimed at once, in review. */
    public long submitToday(Scenario.Partner partner, Budget budget, String plannedBudget) {
        return submit(partner, request(budget.region(), today(), today(), plannedBudget));
    }

    /** A request for an activity that takes place today, so it can be claimed at once, approved by marketing. */
    public long approvedToday(Scenario.Partner partner, Budget budget, String plannedBudget) {
        long id = submitToday(partner, budget, plannedBudget);
        decide(scenario.reviewer(), id, "user_review_compensation", "APPROVE", null);
        assertThat(get(partner, id).get("state").asText()).isEqualTo("APPROVED");
        return id;
    }

    /** Claims the request's whole activity as one line, with an invoice, and has marketing accept the line in full. */
    public void claimedAndAccepted(Scenario.Partner partner, long id, String description, String amount) {
        uploadInvoice(partner, id);
        var claimed = partner.api().post("/api/compensations/" + id + "/claim", claim(description, amount));
        long line = claimed.getBody().get("lines").get(0).get("id").asLong();
        Scenario.complete(scenario.reviewer(), task(scenario.reviewer(), id, USER_VERIFY_CLAIM).get("id").asText(),
                Map.of("decision", "APPROVE", "line-" + line + "-decision", "ACCEPT"));
    }

    public void decide(ApiClient.As who, long id, String taskKey, String decision, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        if (comment != null) {
            body.put("comment", comment);
        }
        var response = Scenario.complete(who, task(who, id, taskKey).get("id").asText(), body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    }

    public static JsonNode get(Scenario.Partner partner, long id) {
        return partner.api().get("/api/compensations/" + id).getBody();
    }

    public void uploadInvoice(Scenario.Partner partner, long id) {
        var response = partner.api().upload("/api/compensations/" + id + "/documents", "invoice.pdf", Scenario.PDF, Map.of("kind", "INVOICE"));
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
    }

    public static Map<String, Object> claim(String... descriptionAmountPairs) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < descriptionAmountPairs.length; i += 2) {
            lines.add(Map.of("description", descriptionAmountPairs[i], "amount", descriptionAmountPairs[i + 1]));
        }
        return Map.of("actualExpenses", lines, "results", "Пришли 48 человек, 12 лидов", "actualAudience", 48, "actualLeads", 12);
    }

    /** The open task on a compensation or joint event, by task key. */
    public static JsonNode task(ApiClient.As who, long subjectId, String taskKey) {
        List<JsonNode> found = new ArrayList<>();
        JsonNode body = who.get("/api/tasks?size=100").getBody();
        int page = 0;
        while (true) {
            body.get("items").forEach(t -> {
                if (t.get("subject").get("id").asLong() == subjectId && t.get("taskKey").asText().equals(taskKey)) {
                    found.add(t);
                }
            });
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                break;
            }
            page++;
            body = who.get("/api/tasks?size=100&page=" + page).getBody();
        }
        assertThat(found).as("open task " + taskKey + " on " + subjectId).hasSize(1);
        return found.get(0);
    }

    /** Balances of the budget, and the same numbers summed from its ledger entries. */
    public record Balances(BigDecimal allocated, BigDecimal reserved, BigDecimal paid, BigDecimal available) {}

    public Balances balances(long budgetId) {
        JsonNode b = scenario.manager().get("/api/budgets/" + budgetId).getBody();
        return new Balances(b.get("allocated").decimalValue(), b.get("reserved").decimalValue(), b.get("paid").decimalValue(),
                b.get("available").decimalValue());
    }

    /** Recomputes the balances from the raw ledger rows, independently of the application's queries. */
    public Balances sumOfEntries(long budgetId) {
        Map<String, BigDecimal> sums = new HashMap<>();
        jdbc.query("select kind, amount from budget_ledger_entry where budget_id = ? and (kind <> 'ALLOCATION' or partner_id is null)",
                rs -> {
                    sums.merge(rs.getString("kind"), rs.getBigDecimal("amount"), BigDecimal::add);
                }, budgetId);
        BigDecimal allocated = sums.getOrDefault("ALLOCATION", BigDecimal.ZERO);
        BigDecimal paid = sums.getOrDefault("PAYMENT", BigDecimal.ZERO);
        BigDecimal reserved = sums.getOrDefault("RESERVATION", BigDecimal.ZERO).subtract(sums.getOrDefault("RELEASE", BigDecimal.ZERO))
                .subtract(paid);
        return new Balances(allocated, reserved, paid, allocated.subtract(reserved).subtract(paid));
    }

    public long ledgerEntries(long budgetId) {
        return jdbc.queryForObject("select count(*) from budget_ledger_entry where budget_id = ?", Long.class, budgetId);
    }
}
