package dev.partnerprogram.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.partnerprogram.common.DatabaseKind;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.dashboard.ProcessRollups.Kind;
import dev.partnerprogram.dashboard.ProcessRollups.Open;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The rollups' upserts in H2's dialect (standard {@code merge}), as the application runs them on H2; PostgreSQL's in the ITs. */
class ProcessRollupsH2Test {

    @Test
    void additionsOfATransaction_areMergedIntoTheRowsOfTheirKeys() throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:rollups;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String ddl = new String(Objects.requireNonNull(getClass().getResourceAsStream("/db/migration/V81__process_rollups.sql"))
                .readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
        for (String statement : ddl.split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        ProgramProperties properties = mock(ProgramProperties.class);
        when(properties.timeZone()).thenReturn("Europe/Moscow");
        ProcessRollups rollups = new ProcessRollups(jdbc, new DatabaseKind(jdbc.getDataSource()), properties);
        Instant at = Instant.parse("2026-12-04T20:30:00Z");
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        transaction.executeWithoutResult(s -> {
            rollups.count(at, "p", Kind.TASK_ENDED, "t", "", 1000);
            rollups.count(at, "p", Kind.TASK_ENDED, "t", "", 500);
            rollups.open("p", Open.TASK, "t", 1);
        });
        transaction.executeWithoutResult(s -> {
            rollups.count(at, "p", Kind.TASK_ENDED, "t", "", 250);
            rollups.open("p", Open.TASK, "t", -1);
            rollups.open("p", Open.TASK, "t", 1);
        });
        rollups.deadline("p", "t", "training", at.minusSeconds(60), at);

        assertThat(jdbc.queryForList("select on_day, kind, occurrences, duration_ms from process_day_figure order by kind"))
                .extracting(r -> r.get("ON_DAY").toString() + " " + r.get("KIND") + " " + r.get("OCCURRENCES") + " " + r.get("DURATION_MS"))
                .as("the day in the program's zone: 23:30 in Moscow")
                .containsExactly("2026-12-04 TASK_DEADLINE 1 0", "2026-12-04 TASK_ENDED 3 1750", "2026-12-04 TASK_LATE 1 0");
        assertThat(jdbc.queryForObject("select open_now from process_open_figure", Long.class)).isEqualTo(1);
    }
}
