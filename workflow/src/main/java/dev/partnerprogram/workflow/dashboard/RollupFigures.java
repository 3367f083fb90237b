package dev.partnerprogram.workflow.dashboard;

import dev.partnerprogram.dashboard.DashboardFilter;
import dev.partnerprogram.dashboard.DurationHistogram;
import dev.partnerprogram.dashboard.ProcessRollups.Kind;
import dev.partnerprogram.dashboard.ProcessRollups.Open;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboards' reads of the rollups (ADR 0007): a period's figures are the sums of its days' rows, so a page reads a
 * number of rows that follows the days, processes and steps it shows, never the number of instances.
 */
@Component
class RollupFigures {

    /** The sums of one key of the rollups over a period. */
    record Figure(String processKey, Kind kind, String item, String detail, int bucket, long occurrences, long durationMs) {}

    /** A period's figures of some processes, by kind. */
    record Period(List<Figure> figures) {
        List<Figure> of(String processKey, Kind kind) {
            return figures.stream().filter(f -> f.kind() == kind && f.processKey().equals(processKey)).toList();
        }

        long occurrences(String processKey, Kind kind) {
            return of(processKey, kind).stream().mapToLong(Figure::occurrences).sum();
        }

        /** The histogram of a kind of durations, per item ("" for an instance's cycle time). */
        Map<String, DurationHistogram> histograms(String processKey, Kind kind) {
            Map<String, DurationHistogram> result = new TreeMap<>();
            of(processKey, kind).forEach(f ->
                    result.computeIfAbsent(f.item(), i -> new DurationHistogram()).add(f.bucket(), f.occurrences(), f.durationMs()));
            return result;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    RollupFigures(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The period's sums of the given kinds, of every process or of one ({@code onlyKey}): one query. */
    Period period(DashboardFilter filter, String onlyKey, Collection<Kind> kinds) {
        MapSqlParameterSource params = days(filter).addValue("kinds", kinds.stream().map(Kind::name).toList());
        String and = onlyKey == null ? "" : " and process_key = :key";
        params.addValue("key", onlyKey);
        List<Figure> figures = jdbc.query("select process_key, kind, item, detail, bucket, sum(occurrences), sum(duration_ms)"
                        + " from process_day_figure where kind in (:kinds) and on_day >= :from and on_day <= :to" + and
                        + " group by process_key, kind, item, detail, bucket", params,
                (rs, n) -> new Figure(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getLong(6), rs.getLong(7)));
        return new Period(figures);
    }

    /** Per day of the period, per process: the occurrences of one kind. */
    void perDay(DashboardFilter filter, Kind kind, BiConsumer<LocalDate, Figure> sink) {
        jdbc.query("select on_day, process_key, sum(occurrences) from process_day_figure where kind = :kind"
                + " and on_day >= :from and on_day <= :to group by on_day, process_key", days(filter).addValue("kind", kind.name()), rs -> {
                    sink.accept(rs.getDate(1).toLocalDate(), new Figure(rs.getString(2), kind, "", "", 0, rs.getLong(3), 0));
                });
    }

    /** Open now, by process ({@code INSTANCE} of every process) or by item (steps or tasks of one process). */
    Map<String, Long> open(Open kind, String onlyKey) {
        MapSqlParameterSource params = new MapSqlParameterSource("kind", kind.name()).addValue("key", onlyKey);
        Map<String, Long> result = new HashMap<>();
        jdbc.query("select " + (onlyKey == null ? "process_key" : "item") + ", open_now from process_open_figure where kind = :kind"
                + (onlyKey == null ? "" : " and process_key = :key") + " and open_now <> 0", params, rs -> {
                    result.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        return result;
    }

    private static MapSqlParameterSource days(DashboardFilter filter) {
        return new MapSqlParameterSource("from", Date.valueOf(filter.from())).addValue("to", Date.valueOf(filter.to()));
    }
}
