package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.Csv;
import dev.partnerprogram.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The sales dashboard against deals, handovers and partner requests whose answers are known, written row by row in a
 * region of their own and in months long past, so that no other test's data counts. Each figure comes from the domain
 * tables (through the sales rollup, which a rebuild sums from them): the engine's history holds none of these rows.
 */
class SalesDashboardFiguresTest extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final AtomicLong TAX_IDS = new AtomicLong(7_700_000_000L + ThreadLocalRandom.current().nextInt(1_000_000) * 100L);
    private static final String PERIOD = "from=2025-01-01&to=2025-03-31";

    private final String region = "Продажи-" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final String filter = PERIOD + "&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8).replace("+", "%20");

    @Test
    void dealPipeline_countsEachStepInItsOwnMonth_withConversionAndProtectionUsed() throws Exception {
        long authorized = partner("AUTHORIZED");
        long certified = partner("CERTIFIED");
        // Won in January, registered and approved in December (outside the period): 25 of 90 days used.
        deal(certified, "2024-12-20", "2024-12-21", "2025-03-21", "WON", "2025-01-15", "500.50");
        // Registered and approved in January, won in February after 30 of 90 days.
        deal(authorized, "2025-01-10", "2025-01-12", "2025-04-12", "WON", "2025-02-11", "1000.00");
        // Approved for 30 days in January; the timer expired it the day after its last one: all 30 used.
        deal(authorized, "2025-01-20", "2025-01-21", "2025-02-20", "EXPIRED", "2025-02-21", null);
        // Lost in February after 10 of 90 days; one rejected (never approved nor closed); one protected now.
        deal(certified, "2025-02-05", "2025-02-06", "2025-05-07", "LOST", "2025-02-16", null);
        deal(certified, "2025-02-07", null, null, "REJECTED", null, null);
        deal(certified, "2025-03-03", "2025-03-04", "2025-06-02", "APPROVED", null, null);
        rebuildRollup();

        // month, region, registered, approved, won, lost, expired, conversion %, amount won, days used, % used
        assertThat(rows("deal-pipeline", filter)).containsExactly(
                row("2025-01", region, 2, 2, 1, 0, 0, "100", "500.5", "25", "27.8"),
                row("2025-02", region, 2, 1, 1, 1, 1, "33.3", "1000", "23.3", "33.3"),
                row("2025-03", region, 1, 1, 0, 0, 0, "", "0", "", ""));
        // Whole months come from the months' rollup, the days before and after them from the days': December from the
        // 21st (the approval, not the registration of the 20th), all of January, February up to the 11th (no loss yet).
        assertThat(rows("deal-pipeline", filter.replace(PERIOD, "from=2024-12-21&to=2025-02-11"))).containsExactly(
                row("2024-12", region, 0, 1, 0, 0, 0, "", "0", "", ""),
                row("2025-01", region, 2, 2, 1, 0, 0, "100", "500.5", "25", "27.8"),
                row("2025-02", region, 2, 1, 1, 0, 0, "100", "1000", "30", "33.3"));
        // Periods whose ends cover most of their month but not all of it: December without its 1st (nothing happened
        // then), January whole, February without the 21st to the 28th (the expiry) — whatever rollup rows a period's
        // ends are read from, the figures are those of the days inside it.
        assertThat(rows("deal-pipeline", filter.replace(PERIOD, "from=2024-12-02&to=2025-02-20"))).containsExactly(
                row("2024-12", region, 1, 1, 0, 0, 0, "", "0", "", ""),
                row("2025-01", region, 2, 2, 1, 0, 0, "100", "500.5", "25", "27.8"),
                row("2025-02", region, 2, 1, 1, 1, 0, "50", "1000", "20", "22.2"));
        assertThat(rows("deal-pipeline", filter.replace(PERIOD, "from=2025-03-05&to=2025-03-31")))
                .as("March less its 4th, the only days with a step: no row of zeros").isEmpty();
        assertThat(rows("deal-pipeline", filter + "&tier=CERTIFIED")).as("the certified partner's deals only").containsExactly(
                row("2025-01", region, 0, 0, 1, 0, 0, "100", "500.5", "25", "27.8"),
                row("2025-02", region, 2, 1, 0, 1, 0, "0", "0", "10", "11.1"),
                row("2025-03", region, 1, 1, 0, 0, 0, "", "0", "", ""));

        JsonNode sales = manager("/api/dashboard/sales?" + filter);
        assertThat(sales.get("period").get("from").asText()).isEqualTo("2025-01-01");
        JsonNode february = sales.get("dealPipeline").get(1);
        assertThat(february.get("month").asText()).isEqualTo("2025-02");
        assertThat(february.get("dealsExpired").asLong()).isEqualTo(1);
        assertThat(february.get("conversionPercent").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(february.get("protectionDaysUsed").decimalValue()).isEqualByComparingTo("23.3");

        // The page's CSV is written for Excel in Russian: a byte-order mark, ';' between values, decimal commas.
        byte[] csv = mvc.perform(get(URI.create("/manager/reports/deal-pipeline.csv?" + filter)).with(user("it-manager").roles("MANAGER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> lines = Csv.parse(csv, ';');
        assertThat(lines.get(0)).startsWith("Месяц", "Регион", "Зарегистрировано");
        assertThat(lines.get(2)).containsExactly("2025-02", region, "2", "1", "1", "1", "1", "33,3", "1000,00", "23,3", "33,3");

        String page = mvc.perform(get(URI.create("/manager/sales?" + filter)).with(user("it-manager").roles("MANAGER", "REVIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-chart-for=\"deal-pipeline\"", "data-chart-for=\"handover-acceptance\"",
                "data-chart-for=\"request-sla\"", "1\u00a0000,00", "/manager/reports/deal-pipeline.xlsx?");
        String english = mvc.perform(get(URI.create("/manager/sales?" + filter + "&lang=en"))
                        .with(user("it-manager").roles("MANAGER", "REVIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Deal pipeline by month and region", "1,000.00");
        mvc.perform(get("/manager/sales").with(user("it-reviewer").roles("REVIEWER"))).andExpect(status().isForbidden());
        assertThat(api.as("it-reviewer", STAFF_PASSWORD).get("/api/dashboard/sales").getStatusCode().value()).isEqualTo(403);
        assertThat(api.as("it-manager", STAFF_PASSWORD).get("/api/dashboard/sales?from=2025-02-30").getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void handovers_perMonthOfTheOffer_withDaysAndTurnToAcceptance() {
        long first = partner("GENERAL");
        long second = partner("CERTIFIED");
        // January: declined by the first, accepted by the second three days after the offer; another taken by nobody.
        long taken = handover("2025-01-10T10:00", "ACCEPTED", second);
        offer(taken, first, 0, "DECLINED", "2025-01-11T10:00");
        offer(taken, second, 1, "ACCEPTED", "2025-01-13T10:00");
        long nobody = handover("2025-01-20T10:00", "UNASSIGNED", null);
        offer(nobody, first, 0, "LAPSED", "2025-01-27T10:00");
        // February: accepted by the first partner after a day and a half; another still waits for its answer.
        long quick = handover("2025-02-01T10:00", "ACCEPTED", first);
        offer(quick, first, 0, "ACCEPTED", "2025-02-02T22:00");
        long waiting = handover("2025-02-03T10:00", "OFFERED", second);
        offer(waiting, second, 0, "OFFERED", null);
        rebuildRollup();

        // month, offered, accepted, unassigned, waiting, days to acceptance, turn
        assertThat(rows("handover-acceptance", filter)).containsExactly(
                List.of("2025-01", "2", "1", "1", "0", "3", "2"),
                List.of("2025-02", "2", "1", "0", "1", "1.5", "1"));
        assertThat(rows("handover-acceptance", PERIOD + "&region=elsewhere")).isEmpty();
        assertThat(rows("handover-acceptance", filter.replace(PERIOD, "from=2025-01-15&to=2025-02-28")))
                .as("January less its first 14 days: the handover taken on the 10th is not in the period").containsExactly(
                        List.of("2025-01", "1", "0", "1", "0", "", ""),
                        List.of("2025-02", "2", "1", "0", "1", "1.5", "1"));
    }

    @Test
    void partnerRequests_perKind_againstTheRoutedDeadline() {
        long partner = partner("CERTIFIED");
        request(partner, "SOLUTION_SALE", "DONE", "2025-01-20T10:00", "2025-01-19T10:00");
        request(partner, "SOLUTION_SALE", "DECLINED", "2025-01-20T10:00", "2025-01-21T10:00");
        request(partner, "SOLUTION_SALE", "OPEN", "2025-02-20T10:00", null);
        request(partner, "CONSULTATION", "OPEN", "2099-01-01T10:00", null);
        request(partner, "CONSULTATION", "DONE", null, "2025-03-01T10:00");
        rebuildRollup();

        // kind, received, answered in time, late, open in time, open overdue, % in time
        assertThat(rows("request-sla", filter)).containsExactly(
                List.of("Помощь в продаже решения", "3", "1", "1", "0", "1", "50"),
                List.of("Маркетинговые материалы", "0", "0", "0", "0", "0", ""),
                List.of("Консультация", "2", "1", "0", "1", "0", "100"),
                List.of("Участие в мероприятии вендора", "0", "0", "0", "0", "0", ""));
        assertThat(rows("request-sla", filter.replace(PERIOD, "from=2025-01-10&to=2025-02-20")))
                .as("January less its first 9 days and February less its last 8: all received on the 15th")
                .isEqualTo(rows("request-sla", filter));
        assertThat(rows("request-sla", filter.replace(PERIOD, "from=2025-01-16&to=2025-02-20")))
                .as("January less its first 15 days: none received").allSatisfy(row -> assertThat(row.get(1)).isEqualTo("0"));
        assertThat(rows("request-sla", filter + "&tier=GENERAL").get(0)).as("another tier's partners")
                .containsExactly("Помощь в продаже решения", "0", "0", "0", "0", "0", "");
    }

    /**
     * The rows were written past the services, so past the sales rollup they keep: a rebuild of the test's months sums
     * it again from them, as the benchmark's generator does after its load.
     */
    private void rebuildRollup() {
        var rebuilt = scenario.admin().post("/api/admin/dashboard-rollups/rebuild?from=2024-12-01&to=2025-03-31", null);
        assertThat(rebuilt.getStatusCode().value()).as(String.valueOf(rebuilt.getBody())).isEqualTo(200);
    }

    private long partner(String status) {
        long id = scenario.authorizedPartner().partnerId();
        jdbc.update("update partner_company set region = ?, status = ? where id = ?", region, status, id);
        return id;
    }

    private void deal(long partner, String registered, String approved, String protectedUntil, String state, String closed, String won) {
        String taxId = Long.toString(TAX_IDS.incrementAndGet());
        jdbc.update("insert into deal (partner_id, customer_name, customer_name_key, customer_tax_id, region, expected_amount,"
                        + " expected_close_date, state, approved_on, protected_until, closed_on, won_amount, registered_by, registered_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, 100000, ?, ?, ?, ?, ?, ?, 'test', ?, ?)",
                partner, "Заказчик " + taxId, "заказчик " + taxId, taxId, region, LocalDate.parse(registered).plusMonths(6), state,
                day(approved), day(protectedUntil), day(closed), won == null ? null : new BigDecimal(won), at(registered + "T12:00"),
                at(registered + "T12:00"));
    }

    private long handover(String created, String state, Long partner) {
        return jdbc.queryForObject("insert into handover (title, customer_name, region, kind, state, partner_id, created_by, created_at,"
                        + " updated_at) values ('Внедрение', 'Заказчик', ?, 'IMPLEMENTATION', ?, ?, 'test', ?, ?) returning id", Long.class,
                region, state, partner, at(created), at(created));
    }

    private void offer(long handover, long partner, int position, String state, String answered) {
        jdbc.update("insert into handover_offer (handover_id, partner_id, position, state, answered_at) values (?, ?, ?, ?, ?)",
                handover, partner, position, state, answered == null ? null : at(answered));
    }

    private void request(long partner, String kind, String state, String due, String answered) {
        jdbc.update("insert into partner_request (partner_id, kind, state, details, due_at, answered_at, created_by, created_at,"
                        + " updated_at) values (?, ?, ?, 'Нужна помощь', ?, ?, 'test', ?, ?)", partner, kind, state,
                due == null ? null : at(due), answered == null ? null : at(answered), at("2025-01-15T10:00"), at("2025-01-15T10:00"));
    }

    private static Timestamp at(String localDateTime) {
        return Timestamp.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
    }

    private static LocalDate day(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    private static List<String> row(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    private List<List<String>> rows(String table, String query) {
        return new DashboardReads(api, STAFF_PASSWORD).rows(table, query);
    }

    private JsonNode manager(String path) {
        return new DashboardReads(api, STAFF_PASSWORD).get(path);
    }
}
