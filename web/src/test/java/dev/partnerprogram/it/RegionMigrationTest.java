package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V62 turns the free text typed as a region at registration into the reference list: a known name however it was
 * written, anything else "Другой регион". On both databases the application runs on, in a schema of its own.
 */
class RegionMigrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void freeTextRegions_becomeTheListsNames_andUnknownOnesOther(String database) throws SQLException {
        String url = database.equals("h2") ? "jdbc:h2:mem:region-migration;DB_CLOSE_DELAY=-1" : PostgresTestDatabase.url();
        String user = database.equals("h2") ? "sa" : PostgresTestDatabase.user();
        String password = database.equals("h2") ? "" : PostgresTestDatabase.password();
        Flyway before = flyway(url, user, password, "61");
        before.clean();
        before.migrate();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("7700000001", "Москва");
        typed.put("7700000002", " казань ");
        typed.put("7700000003", "г. Санкт-Петербург");
        typed.put("7700000004", "12345");
        typed.put("7700000005", "r");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setSchema("region_migration");
            try (PreparedStatement insert = connection.prepareStatement("insert into partner_company (company_name, tax_id,"
                    + " region, contact_name, contact_email, contact_phone, status, created_at)"
                    + " values ('ООО Тест', ?, ?, 'Тест', 't@test.example', '+7 900 000-00-00', 'APPLICANT', current_timestamp)")) {
                for (Map.Entry<String, String> partner : typed.entrySet()) {
                    insert.setString(1, partner.getKey());
                    insert.setString(2, partner.getValue());
                    insert.executeUpdate();
                }
            }

            flyway(url, user, password, "62").migrate();

            Map<String, String> migrated = new LinkedHashMap<>();
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("select tax_id, region from partner_company order by tax_id")) {
                while (rows.next()) {
                    migrated.put(rows.getString(1), rows.getString(2));
                }
            }
            assertThat(migrated).containsExactly(
                    Map.entry("7700000001", "Москва"),
                    Map.entry("7700000002", "Казань"),
                    Map.entry("7700000003", "Санкт-Петербург"),
                    Map.entry("7700000004", "Другой регион"),
                    Map.entry("7700000005", "Другой регион"));
        }
        before.clean();
    }

    private static Flyway flyway(String url, String user, String password, String target) {
        return Flyway.configure().dataSource(url, user, password).schemas("region_migration").defaultSchema("region_migration")
                .locations("classpath:db/migration").target(target).cleanDisabled(false).load();
    }
}
