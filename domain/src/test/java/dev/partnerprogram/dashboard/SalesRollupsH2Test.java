package dev.partnerprogram.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.partnerprogram.common.DatabaseKind;
import dev.partnerprogram.common.ProgramProperties;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The sales rollups' upserts in H2's dialect (standard {@code merge}), as the application runs them on H2; PostgreSQL's in the ITs. */
class SalesRollupsH2Test {

    @Test
    void eventsAddToTheRowOfTheirDayRegionTierAndKind() throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:sales-rollups;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create table partner_company (id bigint primary key, region varchar(100) not null, status varchar(20) not null)");
        jdbc.execute("create table partner_request (id bigint primary key, state varchar(20), created_at timestamp with time zone)");
        for (String migration : List.of("V88__sales_rollup.sql", "V92__sales_month_rollup.sql")) {
            String ddl = new String(Objects.requireNonNull(getClass().getResourceAsStream("/db/migration/" + migration))
                    .readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            for (String statement : ddl.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        }
        jdbc.update("insert into partner_company (id, region, status) values (1, 'Урал', 'CERTIFIED')");
        ProgramProperties properties = mock(ProgramProperties.class);
        when(properties.timeZone()).thenReturn("Europe/Moscow");
        SalesRollups rollups = new SalesRollups(jdbc, new DatabaseKind(jdbc.getDataSource()), properties);
        Instant lateEvening = Instant.parse("2026-12-04T20:30:00Z");
        LocalDate day = LocalDate.of(2026, 12, 5);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        transaction.executeWithoutResult(s -> {
            rollups.dealRegistered(1, "Сибирь", lateEvening);
            rollups.dealApproved(1, "Сибирь", day);
        });
        rollups.dealClosed(1, "Сибирь", "WON", day.plusDays(5), new BigDecimal("10.50"), day, day.plusDays(30));
        rollups.handoverOffered("Сибирь", lateEvening);
        rollups.handoverAccepted("Сибирь", lateEvening, lateEvening.plusSeconds(86_400).plusNanos(1_500), 1);
        rollups.requestAnswered(1, "CONSULTATION", lateEvening, lateEvening.minusSeconds(1), lateEvening);

        assertThat(jdbc.queryForList("select on_day, region, tier, kind, deals_registered, deals_approved, deals_won, won_amount,"
                        + " protection_days_used, protection_days_granted, handovers_offered, handovers_accepted, acceptance_seconds,"
                        + " acceptance_turns, requests_in_time, requests_late from sales_day_figure order by on_day, tier, kind"))
                .extracting(r -> r.values().stream().map(String::valueOf).toList().toString())
                .as("days in the program's zone (23:30 in Moscow); the deal's region, the partner's tier; the request's partner's region")
                .containsExactly(
                        "[2026-12-04, Сибирь, , , 0, 0, 0, 0.00, 0, 0, 1, 1, 86400.000002, 2, 0, 0]",
                        "[2026-12-04, Сибирь, CERTIFIED, , 1, 0, 0, 0.00, 0, 0, 0, 0, 0.000000, 0, 0, 0]",
                        "[2026-12-04, Урал, CERTIFIED, CONSULTATION, 0, 0, 0, 0.00, 0, 0, 0, 0, 0.000000, 0, 0, 1]",
                        "[2026-12-05, Сибирь, CERTIFIED, , 0, 1, 0, 0.00, 0, 0, 0, 0, 0.000000, 0, 0, 0]",
                        "[2026-12-10, Сибирь, CERTIFIED, , 0, 0, 1, 10.50, 5, 30, 0, 0, 0.000000, 0, 0, 0]");
        assertThat(jdbc.queryForList("select on_month, region, tier, kind, deals_registered, deals_approved, deals_won, won_amount,"
                        + " protection_days_used, protection_days_granted, handovers_offered, handovers_accepted, acceptance_seconds,"
                        + " acceptance_turns, requests_in_time, requests_late from sales_month_figure order by on_month, tier, kind"))
                .extracting(r -> r.values().stream().map(String::valueOf).toList().toString())
                .as("the same events summed by month: the deal's three days in one row")
                .containsExactly(
                        "[2026-12-01, Сибирь, , , 0, 0, 0, 0.00, 0, 0, 1, 1, 86400.000002, 2, 0, 0]",
                        "[2026-12-01, Сибирь, CERTIFIED, , 1, 1, 1, 10.50, 5, 30, 0, 0, 0.000000, 0, 0, 0]",
                        "[2026-12-01, Урал, CERTIFIED, CONSULTATION, 0, 0, 0, 0.00, 0, 0, 0, 0, 0.000000, 0, 0, 1]");
    }
}
