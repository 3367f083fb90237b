package dev.partnerprogram.support;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import dev.partnerprogram.PartnerProgramApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application as it runs in production (profile {@code postgres}), started beside the tests' shared context on a
 * database of its own, with its own port and process engine: for tests of what happens at start-up or on another copy
 * of the data.
 */
public final class SeparateApplication {

    private SeparateApplication() {}

    /** The same PostgreSQL server as the integration tests', another database on it. */
    public static String urlOf(String database) {
        String url = PostgresTestDatabase.url();
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    public static String testDatabase() {
        String url = PostgresTestDatabase.url();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    public static void recreate(String database) throws SQLException {
        drop(database);
        sql("CREATE DATABASE " + database);
    }

    public static void drop(String database) throws SQLException {
        sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    /** Starts the application on the database; more settings as {@code --name=value}. */
    public static ConfigurableApplicationContext start(String database, String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + urlOf(database),
                "--spring.datasource.username=" + PostgresTestDatabase.user(),
                "--spring.datasource.password=" + PostgresTestDatabase.password(), "--server.port=0",
                "--camunda.bpm.process-engine-name=" + database));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(PartnerProgramApplication.class)
                .profiles("postgres")
                .initializers(context -> context.getBeanFactory().registerSingleton("productionBeansOnly", new ProductionBeansOnly()))
                .run(args.toArray(String[]::new));
    }

    /** The separate application is the application itself: none of the test sources' configurations join it. */
    static final class ProductionBeansOnly extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURI().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ProductionBeansOnly;
        }

        @Override
        public int hashCode() {
            return ProductionBeansOnly.class.hashCode();
        }
    }

    private static void sql(String statement) throws SQLException {
        try (var admin = DriverManager.getConnection(urlOf("postgres"), PostgresTestDatabase.user(), PostgresTestDatabase.password());
             var sql = admin.createStatement()) {
            sql.execute(statement);
        }
    }
}
