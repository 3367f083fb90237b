package dev.partnerprogram.workflow.dashboard;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.dashboard.DashboardFilter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the dashboards' reads share: the period as bound parameters of the engine's history (for the few reads of single
 * instances that stay there), how a finished instance counts by its end event ("" in the rollups where it had none),
 * and the units the figures are given in. The SQL is fixed text with bound parameters.
 */
@Component
class EngineHistory {

    /** How a finished instance ended. */
    enum Outcome { COMPLETED, REJECTED, CANCELLED }

    private static final double MS_PER_HOUR = 3_600_000d;

    private final NamedParameterJdbcTemplate jdbc;
    private final ProgramProperties.Dashboard settings;
    private final ZoneId zone;

    EngineHistory(NamedParameterJdbcTemplate jdbc, ProgramProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.dashboard();
        this.zone = ZoneId.of(properties.timeZone());
    }

    NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    /** The engine writes its timestamps in the JVM's zone; the period is whole days in the program's zone. */
    MapSqlParameterSource period(DashboardFilter filter) {
        return new MapSqlParameterSource("from", Timestamp.from(filter.from().atStartOfDay(zone).toInstant()))
                .addValue("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** How a finished instance counts, by the end event it reached: see {@code partner-program.dashboard}. */
    Outcome outcome(String endActivityId, String state) {
        if ("EXTERNALLY_TERMINATED".equals(state) || endActivityId == null || endActivityId.isEmpty()) {
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

    /** Where an instance stands for a table: OPEN while it runs, else its outcome. */
    String standing(Timestamp ended, String endActivityId, String state) {
        return ended == null ? "OPEN" : outcome(endActivityId, state).name();
    }

    LocalDate day(Timestamp timestamp) {
        return timestamp.toInstant().atZone(zone).toLocalDate();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static BigDecimal hours(double milliseconds) {
        return BigDecimal.valueOf(milliseconds / MS_PER_HOUR).setScale(1, RoundingMode.HALF_UP);
    }
}
