package dev.partnerprogram.bench.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Our tables, by the application's own Flyway migrations (from the domain jar), so the application finds them current. */
public final class BenchSchema {
    private BenchSchema() {}

    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }
}
