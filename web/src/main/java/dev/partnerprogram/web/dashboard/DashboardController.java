package dev.partnerprogram.web.dashboard;

import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.web.system.page.Downloads;
import dev.partnerprogram.web.system.page.ListFilters;
import dev.partnerprogram.web.system.page.PageController;
import dev.partnerprogram.web.system.page.UiPaging;
import dev.partnerprogram.workflow.dashboard.ProcessCatalogue;
import dev.partnerprogram.workflow.dashboard.ProcessDiagrams;
import dev.partnerprogram.workflow.dashboard.ProcessInsights;
import dev.partnerprogram.workflow.task.TaskInbox;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Managers' dashboards: the program overview, one page per process with its diagram, and one instance's path. Every
 * chart is drawn in the browser from the table under it, and every table downloads as CSV or XLSX.
 */
@PageController
class DashboardController {
    static final String VIEW_OVERVIEW = "manager/dashboard";
    static final String VIEW_SALES = "manager/sales";
    static final String VIEW_PROCESS = "manager/process";
    static final String VIEW_INSTANCE = "manager/instance";
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The filter as the form shows it (strings as typed), next to the checked one. */
    private final DashboardFilters filters;
    private final ReportTables tables;
    private final ProgramDashboard program;
    private final ProcessInsights processes;
    private final ProcessCatalogue catalogue;
    private final ProcessDiagrams diagrams;
    private final TaskInbox inbox;
    private final int heatmapMinFinished;

    DashboardController(DashboardFilters filters, ReportTables tables, ProgramDashboard program, ProcessInsights processes,
                        ProcessCatalogue catalogue, ProcessDiagrams diagrams, TaskInbox inbox,
                        @Value("${partner-program.dashboard.heatmap-min-finished:5}") int heatmapMinFinished) {
        this.filters = filters;
        this.tables = tables;
        this.program = program;
        this.processes = processes;
        this.catalogue = catalogue;
        this.diagrams = diagrams;
        this.inbox = inbox;
        this.heatmapMinFinished = heatmapMinFinished;
    }

    @GetMapping("/manager/dashboard")
    String overview(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String region, @RequestParam(required = false) String tier, Model model) {
        DashboardFilter filter = checked(from, to, region, tier, model);
        model.addAttribute("tables", localized(ReportTables.OVERVIEW, filter));
        model.addAttribute("processes", catalogue.processes());
        return VIEW_OVERVIEW;
    }

    /** The sales pipeline, handovers and partner requests, read from their own tables. */
    @GetMapping("/manager/sales")
    String sales(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String region, @RequestParam(required = false) String tier, Model model) {
        DashboardFilter filter = checked(from, to, region, tier, model);
        model.addAttribute("tables", localized(ReportTables.SALES, filter));
        return VIEW_SALES;
    }

    @GetMapping("/manager/processes/{key}")
    String process(Caller caller, @PathVariable String key, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Model model) {
        DashboardFilter filter = checked(from, to, null, null, model);
        ProcessInsights.Performance performance = processes.performance(key, filter);
        model.addAttribute("process", performance.process());
        model.addAttribute("exportQuery", exportQuery(filter, performance.process().key()));
        model.addAttribute("figures", performance.figures());
        model.addAttribute("tables", List.of(tables.localize(performance.taskTimes()), tables.localize(performance.slaByGroup())));
        model.addAttribute("instances", tables.localize(performance.instances()));
        model.addAttribute("heatmapMinFinished", heatmapMinFinished);
        model.addAttribute("overdue", inbox.listAll(caller, InboxFilter.of(key, null, null, null, "OVERDUE", null, null, "DUE"),
                UiPaging.of(page)));
        return VIEW_PROCESS;
    }

    @GetMapping(path = "/manager/processes/{key}/diagram", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ProcessDiagrams.Diagram diagram(@PathVariable String key, @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to) {
        return diagrams.diagram(key, filters.of(from, to, null, null));
    }

    @GetMapping("/manager/instances/{id}")
    String instance(@PathVariable String id, Model model) {
        model.addAttribute("path", diagrams.path(id));
        return VIEW_INSTANCE;
    }

    @GetMapping(path = "/manager/instances/{id}/path", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ProcessDiagrams.InstancePath path(@PathVariable String id) {
        return diagrams.path(id);
    }

    @GetMapping("/manager/reports/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam Map<String, String> params) {
        return Downloads.report(table + ".csv", MediaType.parseMediaType("text/csv;charset=UTF-8"), TableExport.csv(localized(table, params),
                LocaleContextHolder.getLocale()));
    }

    @GetMapping("/manager/reports/{table}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String table, @RequestParam Map<String, String> params) {
        return Downloads.report(table + ".xlsx", XLSX, TableExport.xlsx(localized(table, params)));
    }

    private List<LocalizedTable> localized(List<String> ids, DashboardFilter filter) {
        return ids.stream().map(id -> tables.localize(tables.table(id, filter, null))).toList();
    }

    private LocalizedTable localized(String table, Map<String, String> params) {
        DashboardFilter filter = filters.of(params.get("from"), params.get("to"), params.get("region"), params.get("tier"));
        return tables.localize(tables.table(table, filter, params.get("process")));
    }

    /** A filter the manager typed wrong shows the default period with the mistake named, rather than an error page. */
    private DashboardFilter checked(String from, String to, String region, String tier, Model model) {
        DashboardFilter filter = ListFilters.orUnfiltered(model, () -> filters.of(from, to, region, tier),
                () -> filters.of(null, null, null, null));
        model.addAttribute("filter", filter);
        model.addAttribute("exportQuery", exportQuery(filter, null));
        model.addAttribute("regions", program.regions());
        model.addAttribute("tiers", PartnerStatus.values());
        return filter;
    }

    /** The filter as the query of a download link, so the file holds what the page shows. */
    private static String exportQuery(DashboardFilter filter, String processKey) {
        return UriComponentsBuilder.newInstance()
                .queryParam("from", filter.from()).queryParam("to", filter.to())
                .queryParamIfPresent("region", Optional.ofNullable(filter.region()))
                .queryParamIfPresent("tier", Optional.ofNullable(filter.tier()))
                .queryParamIfPresent("process", Optional.ofNullable(processKey))
                .encode().build().toUriString();
    }
}
