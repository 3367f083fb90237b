package dev.partnerprogram.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Gives the integration tests a fresh database of their own on a real PostgreSQL, once per test JVM.
 * Where PostgreSQL lives is configurable, so a developer without the default cluster can point elsewhere.
 */
public final class PostgresTestDatabase {
    public static final String URL_SETTING = "PP_TEST_PG_URL";
    public static final String USER_SETTING = "PP_TEST_PG_USER";
    public static final String PASSWORD_SETTING = "PP_TEST_PG_PASSWORD";
    /** Lets two checkouts run their tests at once against one server. */
    public static final String DATABASE_SETTING = "PP_TEST_PG_DATABASE";
    private static final String DEFAULT_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private static String jdbcUrl;

    private PostgresTestDatabase() {}

    public static synchronized String url() {
        if (jdbcUrl == null) {
            jdbcUrl = create();
        }
        return jdbcUrl;
    }

    public static String user() {
        return setting(USER_SETTING, "postgres");
    }

    public static String password() {
        return setting(PASSWORD_SETTING, "");
    }

    private static String create() {
        String server = setting(URL_SETTING, DEFAULT_SERVER);
        if (!server.endsWith("/")) {
            server = server + "/";
        }
        String database = setting(DATABASE_SETTING, "partner_program_it");
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException(DATABASE_SETTING + " must be a plain lower-case database name");
        }
        try (Connection admin = DriverManager.getConnection(server + "postgres", user(), password());
             var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("The integration tests need PostgreSQL, and none answered at " + server
                    + "postgres as user '" + user() + "' (" + e.getMessage() + "). Start PostgreSQL, or point the tests at one with "
                    + "the environment variable or system property " + URL_SETTING + " (e.g. jdbc:postgresql://host:5432/), "
                    + USER_SETTING + " and " + PASSWORD_SETTING + ".", e);
        }
        return server + database;
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
