package dev.partnerprogram.bench;

import dev.partnerprogram.bench.db.PostgresServer;

/**
 * The PostgreSQL the tests use, set as for the web module's integration tests ({@code PP_TEST_PG_URL},
 * {@code PP_TEST_PG_USER}, {@code PP_TEST_PG_PASSWORD}); databases are named after {@code PP_TEST_PG_DATABASE}
 * plus a suffix, so checkouts testing side by side never drop each other's.
 */
public final class TestPostgres {
    private TestPostgres() {}

    public static PostgresServer server() {
        return new PostgresServer(setting("PP_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/"),
                setting("PP_TEST_PG_USER", "postgres"), setting("PP_TEST_PG_PASSWORD", ""));
    }

    public static String database(String suffix) {
        return setting("PP_TEST_PG_DATABASE", "partner_program_it") + "_" + suffix;
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
