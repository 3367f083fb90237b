package dev.partnerprogram.web.dashboard;

import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.dashboard.ReportTable;
import dev.partnerprogram.dashboard.SalesDashboard;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.api.Download;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.dashboard.ProcessCatalogue;
import dev.partnerprogram.workflow.dashboard.ProcessDiagrams;
import dev.partnerprogram.workflow.dashboard.ProcessInsights;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Managers' dashboards as JSON, and every dashboard table as JSON, CSV or XLSX (role MANAGER, see SecurityConfig). */
@RestController
@Tag(name = "Dashboards")
class DashboardApi {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    record Period(LocalDate from, LocalDate to) {}

    record ProcessFigures(String processKey, String name, long started, long open, long completed, long rejected, long cancelled,
                          Object medianCycleHours, Object p90CycleHours, long overdueTasks) {}

    record Summary(Period period, String region, String tier, List<ProcessFigures> processes, List<Map<String, Object>> partnersByTier,
                   List<Map<String, Object>> partnersByRegion, List<Map<String, Object>> compensationBudget) {}

    record Sales(Period period, String region, String tier, List<Map<String, Object>> dealPipeline,
                 List<Map<String, Object>> handoverAcceptance, List<Map<String, Object>> requestSla) {}

    record OverdueTask(String id, String name, String taskKey, String processKey, TaskView.Subject subject, TaskView.Partner partner,
                       Instant created, Instant due, long ageDays, long overdueDays, String assignee, List<String> candidateGroups) {}

    record TableResponse(String id, String title, List<LocalizedTable.Header> columns, List<List<Object>> rows) {}

    private final DashboardFilters filters;
    private final ReportTables tables;
    private final ProgramDashboard program;
    private final SalesDashboard sales;
    private final ProcessInsights processes;
    private final ProcessCatalogue catalogue;
    private final ProcessDiagrams diagrams;
    private final TaskInbox inbox;
    private final Clock clock;

    DashboardApi(DashboardFilters filters, ReportTables tables, ProgramDashboard program, SalesDashboard sales, ProcessInsights processes,
                 ProcessCatalogue catalogue, ProcessDiagrams diagrams, TaskInbox inbox, Clock clock) {
        this.filters = filters;
        this.tables = tables;
        this.program = program;
        this.sales = sales;
        this.processes = processes;
        this.catalogue = catalogue;
        this.diagrams = diagrams;
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/api/dashboard/summary")
    @Operation(summary = "Per process: started, open, completed, rejected, median and p90 cycle time, overdue tasks; "
            + "partners by tier and region; compensation budget used. Period from/to (default: the last 90 days), region, tier")
    Summary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String tier) {
        DashboardFilter filter = filters.of(from, to, region, tier);
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.processes().forEach(p -> names.put(p.key(), p.name()));
        List<ProcessFigures> figures = new ArrayList<>();
        for (List<Object> row : processes.summary(filter).rows()) {
            String key = (String) row.get(0);
            figures.add(new ProcessFigures(key, names.get(key), (Long) row.get(1), (Long) row.get(2), (Long) row.get(3),
                    (Long) row.get(4), (Long) row.get(5), row.get(6), row.get(7), (Long) row.get(8)));
        }
        return new Summary(new Period(filter.from(), filter.to()), filter.region(), filter.tier() == null ? null : filter.tier().name(),
                figures, maps(program.partnersByTier(filter)), maps(program.partnersByRegion(filter)), maps(program.budgets(filter)));
    }

    @GetMapping("/api/dashboard/sales")
    @Operation(summary = "Deal pipeline per month and region (registered, approved, won, lost, expired, conversion, protection used); "
            + "handovers per month of the offer (accepted, unassigned, days to acceptance); partner requests per kind against their "
            + "deadlines. Period from/to (default: the last 90 days), region, tier")
    Sales sales(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String region, @RequestParam(required = false) String tier) {
        DashboardFilter filter = filters.of(from, to, region, tier);
        return new Sales(new Period(filter.from(), filter.to()), filter.region(), filter.tier() == null ? null : filter.tier().name(),
                maps(sales.dealPipeline(filter)), maps(sales.handoverAcceptance(filter)), maps(sales.requestSla(filter)));
    }

    @GetMapping("/api/dashboard/tasks/overdue")
    @Operation(summary = "Open tasks past their due date, the longest overdue first, with age and assignee; "
            + "filters process, task, region, q (partner name or tax id)")
    PageResponse<OverdueTask> overdue(Caller caller, @PageQuery Pageable page,
                                      @RequestParam(required = false) String process, @RequestParam(required = false) String task,
                                      @RequestParam(required = false) String region, @RequestParam(required = false) String q) {
        InboxFilter filter = InboxFilter.of(process, task, null, region, "OVERDUE", null, q, "DUE");
        Instant now = clock.instant();
        return PageResponse.of(inbox.listAll(caller, filter, page), t -> new OverdueTask(t.id(), t.name(),
                t.taskKey(), t.processKey(), t.subject(), t.partner(), t.created(), t.due(),
                Duration.between(t.created(), now).toDays(), Duration.between(t.due(), now).toDays(), t.assignee(),
                t.candidateGroups()));
    }

    @GetMapping("/api/dashboard/processes")
    @Operation(summary = "The deployed processes (latest versions)")
    List<ProcessCatalogue.ProcessInfo> processList() {
        return catalogue.processes();
    }

    @GetMapping("/api/dashboard/processes/{key}")
    @Operation(summary = "One process in the period: figures, rework rate, time per user task, deadlines per group, recent instances")
    ProcessInsights.Performance performance(@PathVariable String key, @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to) {
        return processes.performance(key, filters.of(from, to, null, null));
    }

    @GetMapping("/api/dashboard/processes/{key}/diagram")
    @Operation(summary = "The BPMN of the process with open tokens and average time per step in the period")
    ProcessDiagrams.Diagram diagram(@PathVariable String key, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to) {
        return diagrams.diagram(key, filters.of(from, to, null, null));
    }

    @GetMapping("/api/dashboard/instances/{id}")
    @Operation(summary = "Where one process instance is and the path it took")
    ProcessDiagrams.InstancePath instance(@PathVariable String id) {
        return diagrams.path(id);
    }

    @GetMapping("/api/dashboard/tables/{table}")
    @Operation(summary = "A dashboard table as shown on the pages; process tables (task-times, sla-by-group, instances) need process")
    TableResponse table(@PathVariable String table, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(required = false) String region, @RequestParam(required = false) String tier,
                        @RequestParam(required = false) String process) {
        LocalizedTable t = localized(table, from, to, region, tier, process);
        return new TableResponse(t.id(), t.title(), t.headers(), t.rows());
    }

    @GetMapping("/api/dashboard/tables/{table}.csv")
    @Download("text/csv")
    @Operation(summary = "A dashboard table as CSV (MANAGER)")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String region,
                               @RequestParam(required = false) String tier, @RequestParam(required = false) String process) {
        // Programs read the API's file: always commas and decimal points, whatever the caller's language.
        return Downloads.report(table + ".csv", CSV, TableExport.csv(localized(table, from, to, region, tier, process),
                Locale.ROOT));
    }

    @GetMapping("/api/dashboard/tables/{table}.xlsx")
    @Download("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "A dashboard table as an Excel workbook (MANAGER)")
    ResponseEntity<byte[]> xlsx(@PathVariable String table, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @RequestParam(required = false) String region,
                                @RequestParam(required = false) String tier, @RequestParam(required = false) String process) {
        return Downloads.report(table + ".xlsx", XLSX, TableExport.xlsx(localized(table, from, to, region, tier, process)));
    }

    private LocalizedTable localized(String table, String from, String to, String region, String tier, String process) {
        return tables.localize(tables.table(table, filters.of(from, to, region, tier), process));
    }

    private static List<Map<String, Object>> maps(ReportTable table) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                map.put(table.columns().get(i).key(), row.get(i));
            }
            result.add(map);
        }
        return result;
    }
}
