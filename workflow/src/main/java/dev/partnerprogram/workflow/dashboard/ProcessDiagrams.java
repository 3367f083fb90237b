package dev.partnerprogram.workflow.dashboard;

import static dev.partnerprogram.workflow.dashboard.EngineHistory.hours;
import static dev.partnerprogram.workflow.dashboard.EngineHistory.instant;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.ProcessRollups.Kind;
import dev.partnerprogram.dashboard.ProcessRollups.Open;
import dev.partnerprogram.workflow.dashboard.ProcessCatalogue.ProcessInfo;
import dev.partnerprogram.workflow.engine.EngineIds;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The processes on their diagrams: where tokens are and take long (from the rollups), and one instance's path. */
@Service
public class ProcessDiagrams {

    /**
     * A step of the diagram: open tokens now, and how many left it in the period and after how long on average, in hours
     * (rounded to a tenth) and in whole seconds, so that a page shows steps of minutes in minutes rather than as 0.0 h.
     */
    public record StepHeat(String activityId, String name, long open, long finished, BigDecimal averageHours, Long averageSeconds) {}

    public record Diagram(ProcessInfo process, String bpmnXml, List<StepHeat> steps) {}

    /** A step one instance went through, in order; {@code end} is null where the instance is now. */
    public record PathStep(String activityId, String type, String name, Instant start, Instant end, BigDecimal hours, String assignee) {}

    public record InstancePath(String processInstanceId, ProcessInfo process, String businessKey, Instant started, Instant ended,
                               String outcome, String bpmnXml, List<PathStep> steps) {}

    private final EngineHistory history;
    private final RollupFigures rollups;
    private final ProcessCatalogue catalogue;

    ProcessDiagrams(EngineHistory history, RollupFigures rollups, ProcessCatalogue catalogue) {
        this.history = history;
        this.rollups = rollups;
        this.catalogue = catalogue;
    }

    /**
     * The process's diagram with, per step, the tokens there now and the average time instances spent there, from the
     * rollups (ADR 0007).
     */
    @Transactional(readOnly = true)
    public Diagram diagram(String key, DashboardFilter filter) {
        ProcessInfo process = catalogue.process(key);
        Map<String, String> names = catalogue.stepNames(process.definitionId());
        Map<String, Long> open = rollups.open(Open.STEP, key);
        Map<String, StepHeat> steps = new TreeMap<>();
        rollups.period(filter, key, List.of(Kind.STEP_ENDED)).of(key, Kind.STEP_ENDED).forEach(f -> {
            double average = (double) f.durationMs() / f.occurrences();
            steps.put(f.item(), new StepHeat(f.item(), names.getOrDefault(f.item(), f.item()), open.getOrDefault(f.item(), 0L),
                    f.occurrences(), hours(average), Math.round(average / 1000)));
        });
        open.forEach((id, n) -> steps.putIfAbsent(id, new StepHeat(id, names.getOrDefault(id, id), n, 0, null, null)));
        return new Diagram(process, catalogue.bpmnXml(process.definitionId()), new ArrayList<>(steps.values()));
    }

    /**
     * Where one instance is and the path it took, on its own version's diagram: one instance's rows of the engine's
     * history, found by its id (no rollup holds a path); its cost does not grow with the history.
     */
    @Transactional(readOnly = true)
    public InstancePath path(String processInstanceId) {
        EngineIds.wellFormed(processInstanceId, "notFound.processInstance");
        MapSqlParameterSource params = new MapSqlParameterSource("id", processInstanceId);
        List<Map<String, Object>> found = history.jdbc().queryForList("select proc_def_id_, proc_def_key_, business_key_,"
                + " start_time_, end_time_, end_act_id_, state_ from act_hi_procinst where id_ = :id", params);
        if (found.isEmpty()) {
            throw new NotFoundException("notFound.processInstance");
        }
        Map<String, Object> instance = lowerKeys(found.get(0));
        String definitionId = (String) instance.get("proc_def_id_");
        List<PathStep> steps = history.jdbc().query("select act_id_, act_type_, act_name_, start_time_, end_time_, duration_,"
                + " assignee_ from act_hi_actinst where proc_inst_id_ = :id order by start_time_, sequence_counter_", params,
                (rs, n) -> new PathStep(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                        rs.getObject(6) == null ? null : hours(rs.getDouble(6)), rs.getString(7)));
        Timestamp ended = (Timestamp) instance.get("end_time_");
        return new InstancePath(processInstanceId, catalogue.definition(definitionId), (String) instance.get("business_key_"),
                ((Timestamp) instance.get("start_time_")).toInstant(), ended == null ? null : ended.toInstant(),
                history.standing(ended, (String) instance.get("end_act_id_"), (String) instance.get("state_")),
                catalogue.bpmnXml(definitionId), steps);
    }

    private static Map<String, Object> lowerKeys(Map<String, Object> row) {
        Map<String, Object> result = new HashMap<>();
        row.forEach((k, v) -> result.put(k.toLowerCase(Locale.ROOT), v));
        return result;
    }
}
