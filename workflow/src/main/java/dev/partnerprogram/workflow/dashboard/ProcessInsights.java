package dev.partnerprogram.workflow.dashboard;

import static dev.partnerprogram.workflow.dashboard.EngineHistory.hours;

import dev.partnerprogram.dashboard.DashboardFilter;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the processes perform, from the engine's history: volumes, outcomes, cycle times, time per user task, rework and
 * deadlines missed, per period. The processes are those of the {@link ProcessCatalogue}; their diagrams with the
 * tokens on them are {@link ProcessDiagrams}.
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

    private final EngineHistory history;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProcessCatalogue catalogue;
    private final InboxReadModel inbox;

    ProcessInsights(EngineHistory history, ProcessCatalogue catalogue, InboxReadModel inbox) {
        this.history = history;
        this.jdbc = history.jdbc();
        this.catalogue = catalogue;
        this.inbox = inbox;
    }

    /** Per process: started and finished in the period by outcome, open now, median and 90th percentile cycle time. */
    @Transactional(readOnly = true)
    public ReportTable summary(DashboardFilter filter) {
        return summary(filter, null);
    }

    /** The summary of every process, or of one ({@code onlyKey}): a process page then reads only its own history. */
    private ReportTable summary(DashboardFilter filter, String onlyKey) {
        MapSqlParameterSource params = history.period(filter);
        String and = "";
        if (onlyKey != null) {
            params.addValue("onlyKey", onlyKey);
            and = " and proc_def_key_ = :onlyKey";
        }
        Map<String, Long> started = history.counts("select proc_def_key_, count(*) from act_hi_procinst"
                + " where start_time_ >= :from and start_time_ < :to" + and + " group by proc_def_key_", params);
        Map<String, Long> open = history.counts("select proc_def_key_, count(*) from act_hi_procinst where end_time_ is null" + and
                + " group by proc_def_key_", params);
        Map<String, Map<Outcome, Long>> outcomes = new HashMap<>();
        jdbc.query("select proc_def_key_, end_act_id_, state_, count(*) from act_hi_procinst"
                + " where end_time_ >= :from and end_time_ < :to" + and + " group by proc_def_key_, end_act_id_, state_", params, rs -> {
                    outcomes.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .merge(history.outcome(rs.getString(2), rs.getString(3)), rs.getLong(4), Long::sum);
                });
        Map<String, double[]> cycle = new HashMap<>();
        jdbc.query("select proc_def_key_, percentile_cont(0.5) within group (order by duration_),"
                + " percentile_cont(0.9) within group (order by duration_) from act_hi_procinst"
                + " where end_time_ >= :from and end_time_ < :to and duration_ is not null" + and + " group by proc_def_key_", params, rs -> {
                    cycle.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getDouble(3)});
                });
        Map<String, Long> overdue = inbox.overdueByProcess();
        List<List<Object>> rows = new ArrayList<>();
        for (ProcessInfo p : catalogue.processes()) {
            if (onlyKey != null && !onlyKey.equals(p.key())) {
                continue;
            }
            Map<Outcome, Long> ended = outcomes.getOrDefault(p.key(), Map.of());
            double[] times = cycle.get(p.key());
            List<Object> row = new ArrayList<>();
            row.add(p.key());
            row.add(started.getOrDefault(p.key(), 0L));
            row.add(open.getOrDefault(p.key(), 0L));
            row.add(ended.getOrDefault(Outcome.COMPLETED, 0L));
            row.add(ended.getOrDefault(Outcome.REJECTED, 0L));
            row.add(ended.getOrDefault(Outcome.CANCELLED, 0L));
            row.add(times == null ? null : hours(times[0]));
            row.add(times == null ? null : hours(times[1]));
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
        jdbc.query("select proc_def_key_, cast(end_time_ as date), count(*) from act_hi_procinst"
                + " where end_time_ >= :from and end_time_ < :to group by proc_def_key_, cast(end_time_ as date)", history.period(filter), rs -> {
                    LocalDate week = rs.getDate(2).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    weeks.computeIfAbsent(week, w -> new TreeMap<>()).merge(rs.getString(1), rs.getLong(3), Long::sum);
                });
        List<List<Object>> rows = new ArrayList<>();
        weeks.forEach((week, byProcess) -> byProcess.forEach((key, n) -> rows.add(List.of(week, key, n))));
        return new ReportTable(THROUGHPUT, List.of(Column.of("week", Type.DATE), Column.code("process", "process"),
                Column.of("finished", Type.COUNT)), rows);
    }

    /** One process in the period: its summary figures, rework rate, time per user task and deadlines per group. */
    @Transactional(readOnly = true)
    public Performance performance(String key, DashboardFilter filter) {
        ProcessInfo process = catalogue.process(key);
        MapSqlParameterSource params = history.period(filter).addValue("key", key);
        ReportTable summary = summary(filter, key);
        List<Object> row = summary.rows().stream().filter(r -> key.equals(r.get(0))).findFirst().orElseThrow();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 1; i < summary.columns().size(); i++) {
            figures.put(summary.columns().get(i).key(), row.get(i));
        }
        long finished = (Long) figures.get("completed") + (Long) figures.get("rejected") + (Long) figures.get("cancelled");
        Long reworked = jdbc.queryForObject("select count(*) from (select distinct t.proc_inst_id_ from act_hi_taskinst t"
                + " join act_hi_procinst p on p.id_ = t.proc_inst_id_ where p.proc_def_key_ = :key and p.end_time_ >= :from"
                + " and p.end_time_ < :to group by t.proc_inst_id_, t.task_def_key_ having count(*) > 1) r", params, Long.class);
        figures.put("reworked", reworked);
        figures.put("reworkPercent", finished == 0 ? null
                : BigDecimal.valueOf(100.0 * reworked / finished).setScale(1, RoundingMode.HALF_UP));
        return new Performance(process, figures, taskTimes(process, params), slaByGroup(key, params), recent(key, filter));
    }

    private ReportTable taskTimes(ProcessInfo process, MapSqlParameterSource params) {
        Map<String, String> names = catalogue.stepNames(process.definitionId());
        Map<String, Long> open = history.counts("select task_def_key_, count(*) from act_hi_taskinst where proc_def_key_ = :key"
                + " and end_time_ is null group by task_def_key_", params);
        Map<String, List<Object>> rows = new TreeMap<>();
        jdbc.query("select task_def_key_, count(*), avg(duration_), percentile_cont(0.5) within group (order by duration_),"
                + " percentile_cont(0.9) within group (order by duration_) from act_hi_taskinst where proc_def_key_ = :key"
                + " and end_time_ >= :from and end_time_ < :to and duration_ is not null group by task_def_key_", params, rs -> {
                    String taskKey = rs.getString(1);
                    rows.put(taskKey, new ArrayList<>(List.of(taskKey, names.getOrDefault(taskKey, taskKey), rs.getLong(2),
                            hours(rs.getDouble(3)), hours(rs.getDouble(4)), hours(rs.getDouble(5)), open.getOrDefault(taskKey, 0L))));
                });
        open.forEach((taskKey, n) -> rows.computeIfAbsent(taskKey, k -> {
            List<Object> row = new ArrayList<>();
            row.add(k);
            row.add(names.getOrDefault(k, k));
            row.add(0L);
            row.add(null);
            row.add(null);
            row.add(null);
            row.add(n);
            return row;
        }));
        return new ReportTable(TASK_TIMES, List.of(Column.code("task", "task.name"), Column.text("name"),
                Column.of("completed", Type.COUNT), Column.of("averageHours", Type.NUMBER), Column.of("medianHours", Type.NUMBER),
                Column.of("p90Hours", Type.NUMBER), Column.of("open", Type.COUNT)), new ArrayList<>(rows.values()));
    }

    /**
     * Tasks with a deadline finished in the period, and how many of them late, per group; partners' groups as one. The
     * groups of finished tasks come from our own record ({@code finished_task_deadline}): the engine's history keeps
     * candidate groups only at history level FULL.
     */
    private ReportTable slaByGroup(String key, MapSqlParameterSource params) {
        Map<String, long[]> byGroup = new TreeMap<>();
        jdbc.query("select group_id, count(*), sum(case when ended_at > due_at then 1 else 0 end) from finished_task_deadline"
                + " where process_key = :key and ended_at >= :from and ended_at < :to group by group_id",
                params, rs -> {
                    long[] sums = byGroup.computeIfAbsent(group(rs.getString(1)), g -> new long[3]);
                    sums[0] += rs.getLong(2);
                    sums[1] += rs.getLong(3);
                });
        inbox.overdueByGroup(key).forEach((g, n) -> byGroup.computeIfAbsent(group(g), x -> new long[3])[2] += n);
        List<List<Object>> rows = new ArrayList<>();
        byGroup.forEach((g, v) -> rows.add(List.of(g, v[0], v[1],
                v[0] == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(100.0 * v[1] / v[0]).setScale(1, RoundingMode.HALF_UP),
                v[2])));
        return new ReportTable(SLA, List.of(Column.code("group", "group"), Column.of("withDeadline", Type.COUNT),
                Column.of("late", Type.COUNT), Column.of("latePercent", Type.PERCENT), Column.of("overdueNow", Type.COUNT)), rows);
    }

    /** The latest instances started in the period, to open one on the diagram. */
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

    private static String group(String groupId) {
        return ReviewerGroups.partnerOf(groupId).isPresent() ? "partners" : groupId;
    }
}
