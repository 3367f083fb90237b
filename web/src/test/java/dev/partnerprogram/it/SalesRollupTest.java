package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.deal.DealRequest;
import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.handover.HandoverKind;
import dev.partnerprogram.handover.HandoverRequest;
import dev.partnerprogram.handover.HandoverService;
import dev.partnerprogram.request.NewPartnerRequest;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.PartnerRequestService;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.LeanRequestContext;
import dev.partnerprogram.support.StatementCounter;
import dev.partnerprogram.support.StatementCounter.Request;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sales rollup as the services keep it, event by event in each event's transaction, is what a rebuild sums from
 * the deals, handovers and requests themselves; and the sales dashboard reads the rollup: none of its statements reads
 * a deal, a handover or a request that is no longer open. Events of a region of the test's own, so no other test's
 * data counts.
 */
@LeanRequestContext
class SalesRollupTest extends IntegrationTest {
    private static final AtomicLong TAX_IDS = new AtomicLong(7_800_000_000L + ThreadLocalRandom.current().nextInt(1_000_000) * 100L);

    @Autowired
    private DealService deals;

    @Autowired
    private HandoverService handovers;

    @Autowired
    private PartnerRequestService requests;

    @Autowired
    private PlatformTransactionManager transactions;

    private final String region = "Свод-" + ThreadLocalRandom.current().nextInt(1_000_000);

    @Test
    void eventsKeepTheRollupARebuildComputes_andTheDashboardReadsOnlyTheRollupAndTheOpenRequests() {
        long partner = scenario.authorizedPartner().partnerId();
        jdbc.update("update partner_company set region = ? where id = ?", region, partner);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        LocalDate today = deals.today();

        // Deals: won, lost after a protection of 10 days, expired, rejected, and one waiting for a manager.
        long won = transaction.execute(s -> deals.register(partner, deal(today), "it").getId());
        long lost = transaction.execute(s -> deals.register(partner, deal(today), "it").getId());
        long expired = transaction.execute(s -> deals.register(partner, deal(today), "it").getId());
        long rejected = transaction.execute(s -> deals.register(partner, deal(today), "it").getId());
        transaction.execute(s -> deals.register(partner, deal(today), "it").getId());
        transaction.executeWithoutResult(s -> {
            deals.approve(won, null, null, null, "it");
            deals.approve(lost, 10L, null, null, "it");
            deals.approve(expired, null, null, null, "it");
            deals.reject(rejected, "Не наш заказчик", "it");
        });
        transaction.executeWithoutResult(s -> deals.markWon(won, new BigDecimal("1234.56"), today, null, "it"));
        transaction.executeWithoutResult(s -> deals.markLost(lost, "Заказчик передумал", "it"));
        transaction.executeWithoutResult(s -> deals.expire(expired));

        // Handovers: one accepted by the partner of the region, one nobody took, one still offered.
        long accepted = transaction.execute(s -> handovers.create(handover(), "it").getId());
        long nobody = transaction.execute(s -> handovers.create(handover(), "it").getId());
        transaction.execute(s -> handovers.create(handover(), "it").getId());
        transaction.executeWithoutResult(s -> {
            assertThat(handovers.offerNext(accepted)).isPresent();
            assertThat(handovers.offerNext(nobody)).isPresent();
        });
        transaction.executeWithoutResult(s -> handovers.answer(accepted, partner, true, "it"));
        transaction.executeWithoutResult(s -> {
            handovers.lapse(nobody);
            assertThat(handovers.offerNext(nobody)).isEmpty();
            handovers.closeUnassigned(nobody);
        });

        // Requests: answered in time, declined after its deadline, open in time, open past its deadline.
        long solution = transaction.execute(s -> requests.addSolution("Свод " + region).getId());
        List<Long> ids = transaction.execute(s -> List.of(request(partner, solution), request(partner, solution),
                request(partner, solution), request(partner, solution)));
        transaction.executeWithoutResult(s -> ids.forEach(requests::route));
        jdbc.update("update partner_request set due_at = ? where id in (?, ?)", Timestamp.from(clock.instant().minusSeconds(3600)),
                ids.get(1), ids.get(3));
        transaction.executeWithoutResult(s -> {
            requests.fulfil(ids.get(0), "Помогли", null, null, "it");
            requests.decline(ids.get(1), "Поздно", "it");
        });

        List<Map<String, Object>> kept = rollupRows();
        assertThat(kept).as("a row of the deals (of the partner's tier), of the handovers and of the requests' kind").hasSize(3);
        List<Map<String, Object>> keptMonths = monthRows();
        assertThat(keptMonths).as("today's rows are all of the region's month").isEqualTo(without("on_day", kept));
        var rebuilt = scenario.admin().post("/api/admin/dashboard-rollups/rebuild?from=" + today + "&to=" + today, null);
        assertThat(rebuilt.getStatusCode().value()).as(String.valueOf(rebuilt.getBody())).isEqualTo(200);
        assertThat(rollupRows()).as("the rows a rebuild sums from the deals, handovers and requests").isEqualTo(kept);
        assertThat(monthRows()).as("the month a rebuild of its day leaves").isEqualTo(keptMonths);

        String filter = "from=" + today + "&to=" + today + "&region=" + URLEncoder.encode(region, StandardCharsets.UTF_8);
        String month = today.toString().substring(0, 7);
        DashboardReads reads = new DashboardReads(api, STAFF_PASSWORD);
        // month, region, registered, approved, won, lost, expired, conversion %, amount won, days used, % used
        assertThat(reads.rows("deal-pipeline", filter)).containsExactly(
                List.of(month, region, "5", "3", "1", "1", "1", "33.3", "1234.56", "0", "0"));
        // month, offered, accepted, unassigned, waiting, days to acceptance, turn
        assertThat(reads.rows("handover-acceptance", filter)).containsExactly(List.of(month, "3", "1", "1", "1", "0", "1"));
        // kind, received, answered in time, late, open in time, open overdue, % in time
        assertThat(reads.rows("request-sla", filter).get(0)).containsExactly("Помощь в продаже решения", "4", "1", "1", "1", "1", "50");

        StatementCounter.clear();
        assertThat(scenario.manager().get("/api/dashboard/sales?" + filter).getStatusCode().value()).isEqualTo(200);
        List<String> statements = StatementCounter.requests().stream().map(Request::sql).flatMap(List::stream)
                .map(String::toLowerCase).toList();
        assertThat(statements).as("the rollup is read").anyMatch(sql -> sql.contains("from sales_day_figure"));
        assertThat(statements).as("no deal nor handover is read").noneMatch(sql -> sql.matches("(?s).*\\b(deal|handover|handover_offer)\\b.*"));
        assertThat(statements.stream().filter(sql -> sql.contains("partner_request")).toList()).as("only the open requests")
                .isNotEmpty().allMatch(sql -> sql.contains("r.state = 'open'"));
    }

    private List<Map<String, Object>> rollupRows() {
        return jdbc.queryForList("select * from sales_day_figure where region = ? order by on_day, tier, kind", region);
    }

    /** The region's rows by month, without the month (the test's events all fall on today). */
    private List<Map<String, Object>> monthRows() {
        return without("on_month", jdbc.queryForList("select * from sales_month_figure where region = ? order by on_month, tier, kind",
                region));
    }

    private static List<Map<String, Object>> without(String column, List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> rest = new LinkedHashMap<>(row);
            rest.remove(column);
            return rest;
        }).toList();
    }

    private DealRequest deal(LocalDate today) {
        String taxId = Long.toString(TAX_IDS.incrementAndGet());
        return new DealRequest("Заказчик " + taxId, taxId, region, 10, new BigDecimal("100000.00"), today.plusMonths(3), false);
    }

    private HandoverRequest handover() {
        return new HandoverRequest("Внедрение", "Заказчик", region, HandoverKind.IMPLEMENTATION);
    }

    private long request(long partner, long solution) {
        return requests.submit(partner, new NewPartnerRequest(PartnerRequestKind.SOLUTION_SALE, solution, "Заказчик", null, null, null,
                "Нужна помощь"), "it").getId();
    }
}
