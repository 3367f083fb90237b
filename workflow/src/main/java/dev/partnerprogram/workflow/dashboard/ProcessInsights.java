package dev.partnerprogram.workflow.dashboard;

import static dev.partnerprogram.workflow.dashboard.EngineHistory.hours;

import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.DurationHistogram;
import dev.partnerprogram.dashboard.ProcessRollups.Kind;
import dev.partnerprogram.dashboard.ProcessRollups.Open;
import dev.partnerprogram.dashboard.ReportTable;
import dev.partnerprogram.dashboard.ReportTable.Column;
import dev.partnerprogram.dashboard.ReportTable.Type;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.inbox.InboxReadModel;
import dev.partnerprogram.workflow.dashboard.EngineHistory.Outcome;
import dev.partnerprogram.workflow.dashboard.ProcessCatalogue.ProcessInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the processes perform, from the rollups of the engine's history (ADR 0007): volumes, outcomes, cycle times, time
 * per user task, rework and deadlines missed, per period. The processes are those of the {@link ProcessCatalogue};
 * their diagrams with the tokens on them are {@link ProcessDiagrams}.
 */
@Service
public class ProcessInsights {
    public static final String SUMMARY = "processes";
    public static final String THROUGHPUT = "throughput";
    public static final String TASK_TIMES = "task-times";
    public static final String SLA = "sla-by-group";
    public static final String INSTANCES = "instances";
    static final int RECENT_INSTANCES = 20;

    /** One process in a period: the figures of the summary's row, and the per-task and per-group tables. */
    public record Performance(ProcessInfo process, Map<String, Object> figures, ReportTable taskTimes, ReportTable slaByGroup,
                              ReportTable instances) {}

    /** What the overview's summary reads: the instances' kinds of rollup rows. */
    private static final Set<Kind> INSTANCE_KINDS = EnumSet.of(Kind.INSTANCE_STARTED, Kind.INSTANCE_ENDED, Kind.INSTANCE_DURATION);

    private final EngineHistory history;
    private final RollupFigures rollups;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProcessCatalogue catalogue;
    private final InboxReadModel inbox;

    ProcessInsights(EngineHistory history, RollupFigures rollups, ProcessCatalogue catalogue, InboxReadModel inbox) {
        this.history = history;
        this.rollups = rollups;
        this.jdbc = history.jdbc();
        this.catalogue = catalogue;
        this.inbox = inbox;
    }

    /** Per process: started and finished in the period by outcome, open now, median and 90th percentile cycle time. */
    @Transactional(readOnly = true)
    public ReportTable summary(DashboardFilter filter) {
        return summary(rollups.period(filter, null, INSTANCE_KINDS), null);
    }

    /** The summary of every process, or of one ({@code onlyKey}): a process page then reads only its own rollups. */
    private ReportTable summary(RollupFigures.Period period, String onlyKey) {
        Map<String, Long> open = rollups.open(Open.INSTANCE, null);
        Map<String, Long> overdue = inbox.overdueByProcess();
        List<List<Object>> rows = new ArrayList<>();
        for (ProcessInfo p : catalogue.processes()) {
            if (onlyKey != null && !onlyKey.equals(p.key())) {
                continue;
            }
            Map<Outcome, Long> ended = new EnumMap<>(Outcome.class);
            period.of(p.key(), Kind.INSTANCE_ENDED).forEach(f -> ended.merge(history.outcome(f.item(), f.detail()), f.occurrences(), Long::sum));
            DurationHistogram cycle = period.histograms(p.key(), Kind.INSTANCE_DURATION).getOrDefault("", new DurationHistogram());
            List<Object> row = new ArrayList<>();
            row.add(p.key());
            row.add(period.occurrences(p.key(), Kind.INSTANCE_STARTED));
            row.add(open.getOrDefault(p.key(), 0L));
            row.add(ended.getOrDefault(Outcome.COMPLETED, 0L));
            row.add(ended.getOrDefault(Outcome.REJECTED, 0L));
            row.add(ended.getOrDefault(Outcome.CANCELLED, 0L));
            row.add(hoursOrNull(cycle.percentile(0.5)));
            row.add(hoursOrNull(cycle.percentile(0.9)));
            row.add(overdue.getOrDefault(p.key(), 0L));
            rows.add(row);
        }
        return new ReportTable(SUMMARY, List.of(Column.code("process", "process"), Column.of("started", Type.COUNT),
                Column.of("open", Type.COUNT), Column.of("completed", Type.COUNT), Column.of("rejected", Type.COUNT),
                Column.of("cancelled", Type.COUNT), Column.of("medianHours", Type.NUMBER), Column.of("p90Hours", Type.NUMBER),
                Column.of("overdueTasks", Type.COUNT)), rows);
    }

    /** Instances finished per week (weeks start on Monday) and process. */
    @Transactional(readOnly = true)
    public ReportTable throughput(DashboardFilter filter) {
        Map<LocalDate, Map<String, Long>> weeks = new TreeMap<>();
        rollups.perDay(filter, Kind.INSTANCE_ENDED, (day, f) -> weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                w -> new TreeMap<>()).merge(f.processKey(), f.occurrences(), Long::sum));
        List<List<Object>> rows = new ArrayList<>();
        weeks.forEach((week, byProcess) -> byProcess.forEach((key, n) -> rows.add(List.of(week, key, n))));
        return new ReportTable(THROUGHPUT, List.of(Column.of("week", Type.DATE), Column.code("process", "process"),
                Column.of("finished", Type.COUNT)), rows);
    }

    /** One process in the period: its summary figures, rework rate, time per user task and deadlines per group. */
    @Transactional(readOnly = true)
    public Performance performance(String key, DashboardFilter filter) {
        ProcessInfo process = catalogue.process(key);
        RollupFigures.Period period = rollups.period(filter, key, EnumSet.allOf(Kind.class));
        ReportTable summary = summary(period, key);
        List<Object> row = summary.rows().stream().filter(r -> key.equals(r.get(0))).findFirst().orElseThrow();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 1; i < summary.columns().size(); i++) {
            figures.put(summary.columns().get(i).key(), row.get(i));
        }
        long finished = (Long) figures.get("completed") + (Long) figures.get("rejected") + (Long) figures.get("cancelled");
        long reworked = period.occurrences(key, Kind.INSTANCE_REWORKED);
        figures.put("reworked", reworked);
        figures.put("reworkPercent", finished == 0 ? null
                : BigDecimal.valueOf(100.0 * reworked / finished).setScale(1, RoundingMode.HALF_UP));
        return new Performance(process, figures, taskTimes(process, period), slaByGroup(key, period), recent(key, filter));
    }

    private ReportTable taskTimes(ProcessInfo process, RollupFigures.Period period) {
        Map<String, String> names = catalogue.stepNames(process.definitionId());
        Map<String, Long> open = rollups.open(Open.TASK, process.key());
        Map<String, DurationHistogram> durations = period.histograms(process.key(), Kind.TASK_DURATION);
        Map<String, List<Object>> rows = new TreeMap<>();
        period.of(process.key(), Kind.TASK_ENDED).forEach(f -> {
            DurationHistogram histogram = durations.getOrDefault(f.item(), new DurationHistogram());
            rows.put(f.item(), new ArrayList<>(Arrays.asList(f.item(), names.getOrDefault(f.item(), f.item()), f.occurrences(),
                    hours((double) f.durationMs() / f.occurrences()), hoursOrNull(histogram.percentile(0.5)),
                    hoursOrNull(histogram.percentile(0.9)), open.getOrDefault(f.item(), 0L))));
        });
        open.forEach((taskKey, n) -> rows.computeIfAbsent(taskKey, k -> new ArrayList<>(Arrays.asList(k, names.getOrDefault(k, k), 0L,
                null, null, null, n))));
        return new ReportTable(TASK_TIMES, List.of(Column.code("task", "task.name"), Column.text("name"),
                Column.of("completed", Type.COUNT), Column.of("averageHours", Type.NUMBER), Column.of("medianHours", Type.NUMBER),
                Column.of("p90Hours", Type.NUMBER), Column.of("open", Type.COUNT)), new ArrayList<>(rows.values()));
    }

    /**
     * Tasks with a deadline finished in the period, and how many of them late, per group; partners' groups as one. The
     * groups of finished tasks come from our own record ({@code finished_task_deadline}, rolled up as TASK_DEADLINE and
     * TASK_LATE): the engine's history keeps candidate groups only at history level FULL.
     */
    private ReportTable slaByGroup(String key, RollupFigures.Period period) {
        Map<String, long[]> byGroup = new TreeMap<>();
        period.of(key, Kind.TASK_DEADLINE).forEach(f -> byGroup.computeIfAbsent(group(f.detail()), g -> new long[3])[0] += f.occurrences());
        period.of(key, Kind.TASK_LATE).forEach(f -> byGroup.computeIfAbsent(group(f.detail()), g -> new long[3])[1] += f.occurrences());
        inbox.overdueByGroup(key).forEach((g, n) -> byGroup.computeIfAbsent(group(g), x -> new long[3])[2] += n);
        List<List<Object>> rows = new ArrayList<>();
        byGroup.forEach((g, v) -> rows.add(List.of(g, v[0], v[1],
                v[0] == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(100.0 * v[1] / v[0]).setScale(1, RoundingMode.HALF_UP),
                v[2])));
        return new ReportTable(SLA, List.of(Column.code("group", "group"), Column.of("withDeadline", Type.COUNT),
                Column.of("late", Type.COUNT), Column.of("latePercent", Type.PERCENT), Column.of("overdueNow", Type.COUNT)), rows);
    }

    /**
     * The latest instances started in the period, to open one on the diagram. A list of instances cannot come from
     * rollups: this one reads the engine's history, at most {@value #RECENT_INSTANCES} rows down the index on process
     * and start time, so its cost does not grow with the history either.
     */
    private ReportTable recent(String key, DashboardFilter filter) {
        MapSqlParameterSource params = history.period(filter).addValue("key", key).addValue("limit", RECENT_INSTANCES);
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("select id_, business_key_, start_time_, end_time_, end_act_id_, state_ from act_hi_procinst"
                + " where proc_def_key_ = :key and start_time_ >= :from and start_time_ < :to order by start_time_ desc"
                + " fetch first :limit rows only", params, rs -> {
                    Timestamp end = rs.getTimestamp(4);
                    rows.add(Arrays.asList(rs.getString(1), rs.getString(2), history.day(rs.getTimestamp(3)),
                            end == null ? null : history.day(end), history.standing(end, rs.getString(5), rs.getString(6))));
                });
        return new ReportTable(INSTANCES, List.of(Column.text("instance"), Column.text("businessKey"),
                Column.of("started", Type.DATE), Column.of("ended", Type.DATE), Column.code("outcome", "outcome")), rows);
    }

    private static BigDecimal hoursOrNull(Double milliseconds) {
        return milliseconds == null ? null : hours(milliseconds);
    }

    private static String group(String groupId) {
        return ReviewerGroups.partnerOf(groupId).isPresent() ? "partners" : groupId;
    }
}
