package dev.partnerprogram.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V84 is a Java migration because most of its indexes are PostgreSQL's own: on H2, the embedded default, every
 * migration must still run, and the inbox's plain filter indexes must be made.
 */
class InboxFilterIndexesH2Test {

    @Test
    void theMigrationsRunOnH2_withThePlainInboxIndexesOnly() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:inbox_indexes;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("select index_name from information_schema.indexes where table_name in"
                + " ('INBOX_TASK', 'PARTNER_COMPANY')", String.class))
                .contains("IX_INBOX_TASK_PROCESS_CREATED", "IX_INBOX_TASK_KIND_CREATED")
                .doesNotContain("IX_PARTNER_COMPANY_REGION_LOWER", "IX_PARTNER_COMPANY_NAME_TRGM");
        assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"version\" = '84' and \"success\"",
                Integer.class)).isEqualTo(1);
    }
}
