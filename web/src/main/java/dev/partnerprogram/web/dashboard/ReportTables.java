package dev.partnerprogram.web.dashboard;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.dashboard.ReportTable;
import dev.partnerprogram.dashboard.ReportTable.Column;
import dev.partnerprogram.dashboard.ReportTable.Type;
import dev.partnerprogram.dashboard.SalesDashboard;
import dev.partnerprogram.workflow.dashboard.ProcessCatalogue;
import dev.partnerprogram.workflow.dashboard.ProcessInsights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Every table of the dashboards by its id, and the same table in the reader's language. */
@Component
public class ReportTables {
    /** The program overview's tables; the process page's ones need a process key. */
    public static final List<String> OVERVIEW = List.of(ProgramDashboard.PARTNERS_BY_TIER, ProgramDashboard.PARTNERS_BY_REGION,
            ProgramDashboard.TIER_MOVES, ProgramDashboard.AGREEMENT_MOVES, ProcessInsights.SUMMARY, ProcessInsights.THROUGHPUT, ProgramDashboard.BUDGETS,
            ProgramDashboard.TRAINING_SEATS, ProgramDashboard.EXPIRING);
    /** The sales dashboard's tables, from the deals, handovers and partner requests. */
    public static final List<String> SALES = List.of(SalesDashboard.DEAL_PIPELINE, SalesDashboard.HANDOVER_ACCEPTANCE,
            SalesDashboard.REQUEST_SLA);
    public static final List<String> PROCESS = List.of(ProcessInsights.TASK_TIMES, ProcessInsights.SLA, ProcessInsights.INSTANCES);

    private final ProgramDashboard program;
    private final SalesDashboard sales;
    private final ProcessInsights processes;
    private final ProcessCatalogue catalogue;
    private final MessageSource messages;
    private final int expiringWithinDays;

    ReportTables(ProgramDashboard program, SalesDashboard sales, ProcessInsights processes, ProcessCatalogue catalogue, MessageSource messages,
                 dev.partnerprogram.common.ProgramProperties properties) {
        this.program = program;
        this.sales = sales;
        this.processes = processes;
        this.catalogue = catalogue;
        this.messages = messages;
        this.expiringWithinDays = properties.dashboard().expiringWithinDays();
    }

    public ReportTable table(String id, DashboardFilter filter, String processKey) {
        if (PROCESS.contains(id)) {
            if (processKey == null) {
                throw new NotFoundException("notFound.report");
            }
            ProcessInsights.Performance performance = processes.performance(processKey, filter);
            return switch (id) {
                case ProcessInsights.TASK_TIMES -> performance.taskTimes();
                case ProcessInsights.SLA -> performance.slaByGroup();
                default -> performance.instances();
            };
        }
        return switch (id) {
            case ProgramDashboard.PARTNERS_BY_TIER -> program.partnersByTier(filter);
            case ProgramDashboard.PARTNERS_BY_REGION -> program.partnersByRegion(filter);
            case ProgramDashboard.TIER_MOVES -> program.tierMoves(filter);
            case ProgramDashboard.AGREEMENT_MOVES -> program.agreementMoves(filter);
            case ProgramDashboard.BUDGETS -> program.budgets(filter);
            case ProgramDashboard.TRAINING_SEATS -> program.trainingSeats(filter);
            case ProgramDashboard.EXPIRING -> program.expiring(filter, expiringWithinDays);
            case SalesDashboard.DEAL_PIPELINE -> sales.dealPipeline(filter);
            case SalesDashboard.HANDOVER_ACCEPTANCE -> sales.handoverAcceptance(filter);
            case SalesDashboard.REQUEST_SLA -> sales.requestSla(filter);
            case ProcessInsights.SUMMARY -> processes.summary(filter);
            case ProcessInsights.THROUGHPUT -> processes.throughput(filter);
            default -> throw new NotFoundException("notFound.report");
        };
    }

    public LocalizedTable localize(ReportTable table) {
        // Only tables that name processes ask the engine for the deployed ones: a page shows many tables.
        boolean namesProcesses = table.columns().stream().anyMatch(c -> c.type() == Type.CODE && "process".equals(c.labels()));
        Map<String, String> processNames = !namesProcesses ? Map.of() : catalogue.processes().stream()
                .collect(Collectors.toMap(ProcessCatalogue.ProcessInfo::key, ProcessCatalogue.ProcessInfo::name, (a, b) -> a));
        List<LocalizedTable.Header> headers = table.columns().stream()
                .map(c -> new LocalizedTable.Header(c.key(), text("report.col." + c.key(), c.key()),
                        c.type() == Type.CODE ? Type.TEXT : c.type()))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> out = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                Column column = table.columns().get(i);
                Object value = row.get(i);
                out.add(column.type() == Type.CODE && value != null ? code(column.labels(), value.toString(), processNames::get) : value);
            }
            rows.add(out);
        }
        return new LocalizedTable(table.id(), text("report.title." + table.id(), table.id()), headers, rows);
    }

    /** A code in words: its message, or for processes and tasks the name the model gives, or the code itself. */
    private String code(String group, String value, Function<String, String> processName) {
        String fallback = "process".equals(group) && processName.apply(value) != null ? processName.apply(value) : value;
        return text(group + "." + value, fallback);
    }

    private String text(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
