package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.LeanRequestContext;
import dev.partnerprogram.support.StatementCounter;
import dev.partnerprogram.support.StatementCounter.Request;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboards read the rollups (ADR 0007): a page's figures cost a handful of statements, and none of them reads
 * the engine's history except the process page's list of its latest instances (a bounded read down an index).
 */
@LeanRequestContext
class DashboardStatementsTest extends IntegrationTest {
    /** The latest instances of a process: a list, which no rollup holds; at most twenty rows down an index. */
    private static final Pattern RECENT_INSTANCES = Pattern.compile("from act_hi_procinst where proc_def_key_ = \\? and start_time_ >= \\?"
            + ".* order by start_time_ desc fetch first \\? rows only");

    /**
     * Most statements per request, as measured (December 2026) with one to spare: the summary 9 — its process figures 4
     * (the processes, the period's rollup rows, the open counters, the overdue tasks), the processes' names again, and
     * the program's figures 4 of our own tables —, a process page 8 (with its latest instances and overdue tasks by
     * group), its diagram 5 (with the model and its version), the throughput table 2, the processes' table 5.
     */
    private static final Map<String, Integer> MOST_STATEMENTS = Map.of(
            "GET /api/dashboard/summary", 10,
            "GET /api/dashboard/processes/partner-application", 9,
            "GET /api/dashboard/processes/partner-application/diagram", 6,
            "GET /api/dashboard/tables/throughput", 3,
            "GET /api/dashboard/tables/processes", 6);

    @Test
    void dashboards_readRollupsInAHandfulOfStatements_andNotTheEngineHistory() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        String year = "?from=" + today.minusDays(365) + "&to=" + today;
        List<String> paths = List.of("/api/dashboard/summary", "/api/dashboard/processes/" + PartnerApplicationProcess.KEY,
                "/api/dashboard/processes/" + PartnerApplicationProcess.KEY + "/diagram", "/api/dashboard/tables/throughput",
                "/api/dashboard/tables/processes");
        // Once before counting: the engine's first look at its models fills its deployment cache, as once after start-up.
        paths.forEach(path -> scenario.manager().get(path + year));
        StatementCounter.clear();

        for (String path : paths) {
            var response = scenario.manager().get(path + year);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        }

        List<Request> requests = StatementCounter.requests();
        System.out.print("Statements per dashboard request:\n" + String.join("\n", requests.stream().map(Request::toString).toList()) + "\n");
        assertThat(requests).extracting(Request::name).containsExactlyInAnyOrderElementsOf(MOST_STATEMENTS.keySet());
        for (Request request : requests) {
            assertThat(request.statements()).as(request.toString()).isLessThanOrEqualTo(MOST_STATEMENTS.get(request.name()));
            assertThat(request.sql().stream().map(String::toLowerCase).filter(sql -> sql.contains("act_hi_"))
                    .filter(sql -> !RECENT_INSTANCES.matcher(sql).find()).toList())
                    .as("reads of the engine's history in " + request.name()).isEmpty();
        }
    }
}
