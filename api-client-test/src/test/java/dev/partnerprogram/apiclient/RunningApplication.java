package dev.partnerprogram.apiclient;

import dev.partnerprogram.testsupport.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The packaged application as a child process on a fresh database of the tests' PostgreSQL (the same settings as the
 * web module's tests: PP_TEST_PG_URL, PP_TEST_PG_USER, PP_TEST_PG_PASSWORD, PP_TEST_PG_DATABASE, the name here with
 * {@code _client} after it), with the staff a production database would have: an administrator and a reviewer.
 */
final class RunningApplication implements AutoCloseable {
    static final String ADMIN = "client-admin";
    static final String REVIEWER = "client-reviewer";
    static final String STAFF_PASSWORD = "client-staff-password";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC");

    private final ChildProcess process;
    private final String jdbcUrl;
    private final int port;
    final Duration startUp;

    private RunningApplication(ChildProcess process, String jdbcUrl, int port, Duration startUp) {
        this.process = process;
        this.jdbcUrl = jdbcUrl;
        this.port = port;
        this.startUp = startUp;
    }

    static RunningApplication start() throws SQLException, IOException {
        Path root = Path.of(System.getProperty("apiclient.projectRoot", "..")).toAbsolutePath().normalize();
        String database = setting("PP_TEST_PG_DATABASE", "partner_program_it") + "_client";
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("PP_TEST_PG_DATABASE must be a plain lower-case database name");
        }
        String server = setting("PP_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
        server = server.endsWith("/") ? server : server + "/";
        try (Connection admin = DriverManager.getConnection(server + "postgres", user(), password());
             var statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        String jdbcUrl = server + database;
        int port = freePort();
        List<String> arguments = List.of(
                "--server.port=" + port,
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=" + password(),
                // No SMTP server here: mail waits in the outbox, which this test does not look at.
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + freePort(),
                // Nobody reads the confirmation mail here: the registered owner signs in at once.
                "--partner-program.registration.confirm-email=false",
                "--partner-program.integration.webhooks.poll-interval=PT0.2S",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000");
        Path log = root.resolve("api-client-test/target/application.log");
        ChildProcess process = ChildProcess.start("The application", ChildProcess.javaJar(JVM, webJar(root), arguments), log,
                ChildProcess.LogMode.REPLACE);
        try {
            Duration startUp = process.awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"),
                    START_TIMEOUT, Duration.ofMillis(200));
            RunningApplication app = new RunningApplication(process, jdbcUrl, port, startUp);
            app.staff(ADMIN, "ADMIN", "");
            app.staff(REVIEWER, "REVIEWER,MANAGER", "partner-managers,training,marketing,finance");
            return app;
        } catch (RuntimeException | SQLException e) {
            process.close();
            throw e;
        }
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** A fixture the API does not offer: JDBC on the application's database (for what only time would do). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user(), password());
    }

    /** Staff straight into the database, as the first-administrator command and the people pages would make them. */
    private void staff(String username, String roles, String groups) throws SQLException {
        try (Connection c = connect(); var insert = c.prepareStatement(
                "insert into app_user (username, email, password_hash, display_name, language, roles, reviewer_groups, enabled, created_at)"
                        + " values (?, ?, ?, ?, 'en', ?, ?, true, ?)")) {
            insert.setString(1, username);
            insert.setString(2, username + "@vendor.example");
            insert.setString(3, "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD));
            insert.setString(4, username);
            insert.setString(5, roles);
            insert.setString(6, groups);
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    @Override
    public void close() {
        process.close();
    }

    private static Path webJar(Path root) throws IOException {
        Path target = root.resolve("web/target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().matches("web-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged application in " + target
                            + "; build it first: ./mvnw -pl api-client-test -am verify"));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String user() {
        return setting("PP_TEST_PG_USER", "postgres");
    }

    private static String password() {
        return setting("PP_TEST_PG_PASSWORD", "");
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
