package dev.partnerprogram.workflow.dashboard;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.ReportTable;
import dev.partnerprogram.dashboard.ReportTable.Column;
import dev.partnerprogram.dashboard.ReportTable.Type;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.inbox.InboxReadModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the processes perform, from the engine's history: volumes, outcomes, cycle times, time per user task, rework,
 * deadlines missed, and where instances are and have been. Processes are found in the engine's repository, so a newly
 * deployed one appears with no code. Every figure is aggregated by the database (the history holds years of instances);
 * the SQL is fixed text with bound parameters, and a process key is used only once the repository knows it.
 */
@Service
public class ProcessInsights {
    public static final String SUMMARY = "processes";
    public static final String THROUGHPUT = "throughput";
    public static final String TASK_TIMES = "task-times";
    public static final String SLA = "sla-by-group";
    public static final String INSTANCES = "instances";
    static final int RECENT_INSTANCES = 20;
    private static final Pattern INSTANCE_ID = Pattern.compile("^[0-9a-fA-F-]{1,64}$");
    private static final double MS_PER_HOUR = 3_600_000d;

    /** A deployed process, in its latest version. */
    public record ProcessInfo(String key, String name, int version, String definitionId) {}

    /** How a finished instance ended. */
    public enum Outcome { COMPLETED, REJECTED, CANCELLED }

    /** One process in a period: the figures of the summary's row, and the per-task and per-group tables. */
    public record Performance(ProcessInfo process, Map<String, Object> figures, ReportTable taskTimes, ReportTable slaByGroup,
                              ReportTable instances) {}

    /** A step of the diagram: open tokens now, and how many left it in the period and after how long on average. */
    public record StepHeat(String activityId, String name, long open, long finished, BigDecimal averageHours) {}

    public record Diagram(ProcessInfo process, String bpmnXml, List<StepHeat> steps) {}

    /** A step one instance went through, in order; {@code end} is null where the instance is now. */
    public record PathStep(String activityId, String type, String name, Instant start, Instant end, BigDecimal hours, String assignee) {}

    public record InstancePath(String processInstanceId, ProcessInfo process, String businessKey, Instant started, Instant ended,
                               String outcome, String bpmnXml, List<PathStep> steps) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final RepositoryService repository;
    private final InboxReadModel inbox;
    private final ProgramProperties.Dashboard settings;
    private final ZoneId zone;
    private final Map<String, Map<String, String>> elementNames = new ConcurrentHashMap<>();

    ProcessInsights(NamedParameterJdbcTemplate jdbc, RepositoryService repository, InboxReadModel inbox,
                    ProgramProperties properties) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.inbox = inbox;
        this.settings = properties.dashboard();
        this.zone = ZoneId.of(properties.timeZone());
    }

    public List<ProcessInfo> processes() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(d -> new ProcessInfo(d.getKey(), d.getName() == null ? d.getKey() : d.getName(), d.getVersion(), d.getId()))
                .sorted(Comparator.comparing(ProcessInfo::key)).toList();
    }

    public ProcessInfo process(String key) {
        return processes().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("notFound.process"));
    }

    /** Per process: started and finished in the period by outcome, open now, median and 90th percentile cycle time. */
    @Transactional(readOnly = true)
    public ReportTable summary(DashboardFilter filter) {
        return summary(filter, null);
    }

    /** The summary of every process, or of one ({@code onlyKey}): a process page then reads only its own history. */
    private ReportTable summary(DashboardFilter filter, String onlyKey) {
        MapSqlParameterSource params = period(filter);
        String and = "";
        if (onlyKey != null) {
            params.addValue("onlyKey", onlyKey);
            and = " and proc_def_key_ = :onlyKey";
        }
        Map<String, Long> started = counts("select proc_def_key_, count(*) from act_hi_procinst"
                + " where start_time_ >= :from and start_time_ < :to" + and + " group by proc_def_key_", params);
        Map<String, Long> open = counts("select proc_def_key_, count(*) from act_hi_procinst where end_time_ is null" + and
                + " group by proc_def_key_", params);
        Map<String, Map<Outcome, Long>> outcomes = new HashMap<>();
        jdbc.query("select proc_def_key_, end_act_id_, state_, count(*) from act_hi_procinst"
                + " where end_time_ >= :from and end_time_ < :to" + and + " group by proc_def_key_, end_act_id_, state_", params, rs -> {
                    outcomes.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .merge(outcome(rs.getString(2), rs.getString(3)), rs.getLong(4), Long::sum);
                });
        Map<String, double[]> cycle = new HashMap<>();
        jdbc.query("select proc_def_key_, percentile_cont(0.5) within group (order by duration_),"
                + " percentile_cont(0.9) within group (order by duration_) from act_hi_procinst"
                + " where end_time_ >= :from and end_time_ < :to and duration_ is not null" + and + " group by proc_def_key_", params, rs -> {
                    cycle.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getDouble(3)});
                });
        Map<String, Long> overdue = inbox.overdueByProcess();
        List<List<Object>> rows = new ArrayList<>();
        for (ProcessInfo p : processes()) {
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
                + " where end_time_ >= :from and end_time_ < :to group by proc_def_key_, cast(end_time_ as date)", period(filter), rs -> {
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
        ProcessInfo process = process(key);
        MapSqlParameterSource params = period(filter).addValue("key", key);
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
        Map<String, String> names = names(process.definitionId());
        Map<String, Long> open = counts("select task_def_key_, count(*) from act_hi_taskinst where proc_def_key_ = :key"
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
        MapSqlParameterSource params = period(filter).addValue("key", key).addValue("limit", RECENT_INSTANCES);
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("select id_, business_key_, start_time_, end_time_, end_act_id_, state_ from act_hi_procinst"
                + " where proc_def_key_ = :key and start_time_ >= :from and start_time_ < :to order by start_time_ desc"
                + " fetch first :limit rows only", params, rs -> {
                    Timestamp end = rs.getTimestamp(4);
                    rows.add(java.util.Arrays.asList(rs.getString(1), rs.getString(2), day(rs.getTimestamp(3)),
                            end == null ? null : day(end), end == null ? "OPEN" : outcome(rs.getString(5), rs.getString(6)).name()));
                });
        return new ReportTable(INSTANCES, List.of(Column.text("instance"), Column.text("businessKey"),
                Column.of("started", Type.DATE), Column.of("ended", Type.DATE), Column.code("outcome", "outcome")), rows);
    }

    /** The process's diagram with, per step, the tokens there now and the average time instances spent there. */
    @Transactional(readOnly = true)
    public Diagram diagram(String key, DashboardFilter filter) {
        ProcessInfo process = process(key);
        MapSqlParameterSource params = period(filter).addValue("key", key);
        Map<String, String> names = names(process.definitionId());
        Map<String, long[]> open = new HashMap<>();
        jdbc.query("select act_id_, count(*) from act_hi_actinst where proc_def_key_ = :key and end_time_ is null group by act_id_",
                params, rs -> {
                    open.put(rs.getString(1), new long[] {rs.getLong(2)});
                });
        Map<String, StepHeat> steps = new TreeMap<>();
        jdbc.query("select act_id_, count(*), avg(duration_) from act_hi_actinst where proc_def_key_ = :key"
                + " and end_time_ >= :from and end_time_ < :to group by act_id_", params, rs -> {
                    String id = rs.getString(1);
                    steps.put(id, new StepHeat(id, names.getOrDefault(id, id), open.containsKey(id) ? open.get(id)[0] : 0,
                            rs.getLong(2), hours(rs.getDouble(3))));
                });
        open.forEach((id, n) -> steps.putIfAbsent(id, new StepHeat(id, names.getOrDefault(id, id), n[0], 0, null)));
        return new Diagram(process, xml(process.definitionId()), new ArrayList<>(steps.values()));
    }

    /** Where one instance is and the path it took, on its own version's diagram. */
    @Transactional(readOnly = true)
    public InstancePath path(String processInstanceId) {
        if (processInstanceId == null || !INSTANCE_ID.matcher(processInstanceId).matches()) {
            throw new NotFoundException("notFound.processInstance");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("id", processInstanceId);
        List<Map<String, Object>> found = jdbc.queryForList("select proc_def_id_, proc_def_key_, business_key_, start_time_,"
                + " end_time_, end_act_id_, state_ from act_hi_procinst where id_ = :id", params);
        if (found.isEmpty()) {
            throw new NotFoundException("notFound.processInstance");
        }
        Map<String, Object> instance = lowerKeys(found.get(0));
        String definitionId = (String) instance.get("proc_def_id_");
        ProcessDefinition definition = repository.getProcessDefinition(definitionId);
        ProcessInfo info = new ProcessInfo(definition.getKey(), definition.getName() == null ? definition.getKey()
                : definition.getName(), definition.getVersion(), definitionId);
        List<PathStep> steps = jdbc.query("select act_id_, act_type_, act_name_, start_time_, end_time_, duration_, assignee_"
                + " from act_hi_actinst where proc_inst_id_ = :id order by start_time_, sequence_counter_", params,
                (rs, n) -> new PathStep(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                        rs.getObject(6) == null ? null : hours(rs.getDouble(6)), rs.getString(7)));
        Timestamp ended = (Timestamp) instance.get("end_time_");
        return new InstancePath(processInstanceId, info, (String) instance.get("business_key_"),
                ((Timestamp) instance.get("start_time_")).toInstant(), ended == null ? null : ended.toInstant(),
                ended == null ? "OPEN" : outcome((String) instance.get("end_act_id_"), (String) instance.get("state_")).name(),
                xml(definitionId), steps);
    }

    /** How a finished instance counts, by the end event it reached: see {@code partner-program.dashboard}. */
    Outcome outcome(String endActivityId, String state) {
        if ("EXTERNALLY_TERMINATED".equals(state) || endActivityId == null) {
            return Outcome.CANCELLED;
        }
        String id = endActivityId.toLowerCase(Locale.ROOT);
        if (settings.rejectedEnds().stream().anyMatch(w -> id.contains(w.toLowerCase(Locale.ROOT)))) {
            return Outcome.REJECTED;
        }
        if (settings.cancelledEnds().stream().anyMatch(w -> id.contains(w.toLowerCase(Locale.ROOT)))) {
            return Outcome.CANCELLED;
        }
        return Outcome.COMPLETED;
    }

    private Map<String, Long> counts(String sql, MapSqlParameterSource params) {
        Map<String, Long> result = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            result.put(rs.getString(1), rs.getLong(2));
        });
        return result;
    }

    /** The engine writes its timestamps in the JVM's zone; the period is whole days in the program's zone. */
    private MapSqlParameterSource period(DashboardFilter filter) {
        return new MapSqlParameterSource("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()))
                .addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private LocalDate day(Timestamp timestamp) {
        return timestamp.toInstant().atZone(zone).toLocalDate();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static BigDecimal hours(double milliseconds) {
        return BigDecimal.valueOf(milliseconds / MS_PER_HOUR).setScale(1, RoundingMode.HALF_UP);
    }

    private static String group(String groupId) {
        return ReviewerGroups.partnerOf(groupId).isPresent() ? "partners" : groupId;
    }

    private static Map<String, Object> lowerKeys(Map<String, Object> row) {
        Map<String, Object> result = new HashMap<>();
        row.forEach((k, v) -> result.put(k.toLowerCase(Locale.ROOT), v));
        return result;
    }

    private Map<String, String> names(String definitionId) {
        return elementNames.computeIfAbsent(definitionId, id -> {
            Map<String, String> names = new HashMap<>();
            repository.getBpmnModelInstance(id).getModelElementsByType(FlowElement.class).forEach(e ->
                    Optional.ofNullable(e.getName()).ifPresent(n -> names.put(e.getId(), n.replace('\n', ' '))));
            return names;
        });
    }

    private String xml(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
