package dev.partnerprogram.bench.stack;

import dev.partnerprogram.bench.db.DatabaseStats;
import dev.partnerprogram.bench.db.PostgresServer;
import dev.partnerprogram.bench.db.StatementStats;
import dev.partnerprogram.bench.generator.DataGenerator;
import dev.partnerprogram.bench.generator.DataSet;
import dev.partnerprogram.bench.report.Latencies;
import dev.partnerprogram.bench.report.Load;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.testsupport.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The whole product over HTTP: the packaged application started as a child process with the {@code postgres}
 * profile on the bench database, K simulated users driving {@link PartnerJourney} through the JSON API, latency per
 * endpoint, start-up time and resident memory; then the dashboards and the inbox on the generated data ({@link ReadProbes}).
 */
public final class FullStackBenchmark {

    public static final String REVIEWER = "bench-reviewer";
    public static final String MANAGER = "bench-manager";
    public static final String ADMIN = "bench-admin";
    public static final String STAFF_PASSWORD = "bench-staff-password";
    private static final int READ_WARMUP = 5;
    /** How often the readiness probe is asked while the application starts: the resolution of the start-up time. */
    private static final Duration READY_POLL = Duration.ofMillis(50);

    /**
     * {@code grow}, if given, adds history to the data set once the dashboards and inbox are timed (the application
     * running, idle), and answers the grown data set; they are then timed again.
     */
    public record Options(Path webJar, int port, List<String> jvmOptions, boolean classDataSharing, List<Integer> clients, Duration warmup,
                          Duration duration, Integer lifecycles, int readSamples, Duration statsSettle, Duration idleSettle,
                          Path log, Supplier<DataSet> grow) {}

    /**
     * Which join lifecycle a run drives: each company registers first (its password hashed with BCrypt, by design), or
     * companies registered and signed in once before the run, as a real client with a session or a token is.
     */
    public enum Journey {
        REGISTERING("with the company's registration"),
        REGISTERED("registered companies, signed in once");

        private final String title;

        Journey(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * One client count and journey: the load, latency per endpoint, the database's commits meanwhile (approximate, see
     * README; the harness's own taken off), and the statements the application ran in it (null when not counted).
     */
    public record Run(Journey journey, Load.Outcome load, List<Latencies.Summary> endpoints, long commits,
                      StatementStats.Counted statements) {
        public double commitsPerSecond() {
            return load.seconds() > 0 ? commits / load.seconds() : 0;
        }
    }

    /** The same reads timed again on the grown data set. */
    public record Growth(DataSet dataSet, List<ReadProbes.Measured> reads) {}

    /**
     * {@code growth} is null when the data set did not grow; {@code statementsNotCounted} says why the runs have no
     * statements, null when they have.
     */
    public record Result(double startupSeconds, double idleResidentMb, double peakResidentMbUnderLoad, double peakResidentMbEver,
                         List<Run> runs, List<ReadProbes.Measured> reads, Growth growth, String statementsNotCounted,
                         String jvmOptions, int port, Path log) {

        public Result(double startupSeconds, double idleResidentMb, double peakResidentMbUnderLoad, double peakResidentMbEver,
                      List<Run> runs, List<ReadProbes.Measured> reads, String jvmOptions, int port, Path log) {
            this(startupSeconds, idleResidentMb, peakResidentMbUnderLoad, peakResidentMbEver, runs, reads, null, null, jvmOptions, port, log);
        }
    }

    private final PostgresServer server;
    private final String database;
    private final Options options;
    /** Enrolments moved to today's session so far: one transaction of the harness's own each, during the runs. */
    private final AtomicLong sessionMoves = new AtomicLong();

    public FullStackBenchmark(PostgresServer server, String database, Options options) {
        this.server = server;
        this.database = database;
        this.options = options;
    }

    public Result run() {
        createStaff(server, database);
        StatementStats statements = StatementStats.prepare(server, database);
        int port = options.port() > 0 ? options.port() : freePort();
        // History cleanup off: the generated history reaches back years, and a run inside the cleanup's nightly
        // window would otherwise measure the cleanup deleting it.
        List<String> arguments = List.of("--spring.profiles.active=postgres", "--server.port=" + port,
                "--spring.datasource.url=" + server.jdbcUrl(database), "--spring.datasource.username=" + server.user(),
                "--spring.datasource.password=" + server.password(),
                "--camunda.bpm.generic-properties.properties.historyCleanupEnabled=false",
                // The journeys register companies and sign in at once, many from this one client.
                "--partner-program.registration.confirm-email=false", "--partner-program.rate-limits.per-client=1000000");
        Path deployment = workDirectory();
        try {
            return measure(port, arguments, statements, options.classDataSharing()
                    ? ClassDataSharing.prepare(options.webJar(), options.jvmOptions(), arguments, deployment)
                    : new ClassDataSharing.Launch(options.webJar(), options.jvmOptions()));
        } finally {
            deleteRecursively(deployment);
        }
    }

    private Result measure(int port, List<String> arguments, StatementStats statements, ClassDataSharing.Launch launch) {
        try (ChildProcess app = ChildProcess.start("The application", ChildProcess.javaJar(launch.jvmOptions(), launch.jar(), arguments),
                options.log(), ChildProcess.LogMode.REPLACE)) {
            double startup = app.awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"),
                    Duration.ofMinutes(3), READY_POLL).toMillis() / 1000.0;
            // Idle: what the started application holds before the first request, once start-up has settled.
            LockSupport.parkNanos(options.idleSettle().toNanos());
            double idle = app.residentMegabytes();

            Api api = new Api(port);
            Api.Credentials reviewer = Api.Credentials.basic(REVIEWER, STAFF_PASSWORD);
            AtomicLong heldToday = new AtomicLong();
            PartnerJourney journey = new PartnerJourney(api, reviewer, 3_000_000_000L, enrollment -> attendToday(heldToday.get(), enrollment));
            journey.prepare(Api.Credentials.basic(ADMIN, STAFF_PASSWORD));
            heldToday.set(sessionHeldToday(journey.basicCourse()));
            List<Run> runs = new ArrayList<>();
            AtomicReference<Double> peak = new AtomicReference<>(0.0);
            for (int clients : options.clients()) {
                if (options.lifecycles() == null && options.warmup() != null && !options.warmup().isZero()) {
                    Latencies ignored = new Latencies();
                    Load.run("warm-up", clients, options.warmup(), null, w -> { }, w -> journey.run(ignored));
                }
                Run registering = measured(Journey.REGISTERING, app, statements, peak, clients, latencies -> w -> journey.run(latencies));
                runs.add(registering);
                Queue<PartnerJourney.Company> companies = registered(journey, clients, registering);
                runs.add(measured(Journey.REGISTERED, app, statements, peak, clients, latencies -> w -> {
                    PartnerJourney.Company company = companies.poll();
                    if (company == null) {
                        throw new IllegalStateException("The companies registered for the run are used up");
                    }
                    journey.run(latencies, company);
                }));
            }
            Supplier<List<ReadProbes.Measured>> read = () -> new ReadProbes(api, port, server, database).measure(
                    Api.Credentials.basic(MANAGER, STAFF_PASSWORD), STAFF_PASSWORD, reviewer, generatedPartnerWithTask(),
                    Math.min(READ_WARMUP, options.readSamples()), options.readSamples());
            List<ReadProbes.Measured> reads = read.get();
            Growth growth = null;
            if (options.grow() != null) {
                DataSet grown = options.grow().get();
                growth = new Growth(grown, read.get());
            }
            return new Result(startup, idle, peak.get(), app.peakResidentMegabytes(), runs, reads, growth,
                    statements.notCounted().orElse(null), String.join(" ", launch.jvmOptions()), port, app.log());
        }
    }

    /**
     * Statements are counted from just before the load to just after it (pg_stat_statements counts at once); commits
     * until the backends have reported them ({@link #settle()}).
     */
    private Run measured(Journey variant, ChildProcess app, StatementStats statements, AtomicReference<Double> peak, int clients,
                         Function<Latencies, Load.Lifecycle> lifecycle) {
        settle();
        statements.reset();
        long before = DatabaseStats.commits(server, database);
        long movesBefore = sessionMoves.get();
        Latencies latencies = new Latencies();
        Load.Outcome load = sampling(app, peak, () -> Load.run("full-stack lifecycle, " + variant.title(), clients,
                options.duration(), options.lifecycles(), w -> { }, lifecycle.apply(latencies)));
        StatementStats.Counted counted = statements.read();
        settle();
        long after = DatabaseStats.commits(server, database);
        // The harness's own transactions in between: reading the commits before (reported as its connection ends),
        // reading the statements, and each enrolment moved to today's session.
        long harness = 1 + (counted != null ? 1 : 0) + sessionMoves.get() - movesBefore;
        return new Run(variant, load, latencies.summaries(), after - before - harness, counted);
    }

    /**
     * Companies registered and signed in once, before their run and outside its figures: enough for the run's
     * lifecycles, or for three times the rate of the run with registration over the run's duration (a registered
     * company's lifecycle spares the BCrypt hash, so it is faster, though not three times).
     */
    private Queue<PartnerJourney.Company> registered(PartnerJourney journey, int clients, Run registering) {
        int needed = options.lifecycles() != null ? options.lifecycles()
                : (int) Math.ceil(registering.load().perSecond() * 3 * options.duration().toSeconds()) + 2 * clients;
        Queue<PartnerJourney.Company> companies = new ConcurrentLinkedQueue<>();
        Latencies ignored = new Latencies();
        Load.run("registering companies", clients, null, needed, w -> { }, w -> companies.add(journey.registerAndSignIn(ignored)));
        return companies;
    }

    private Load.Outcome sampling(ChildProcess app, AtomicReference<Double> peak, Supplier<Load.Outcome> load) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                double rss = app.residentMegabytes();
                peak.accumulateAndGet(rss, Math::max);
                LockSupport.parkNanos(100_000_000L);
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            return load.get();
        } finally {
            running.set(false);
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Busy backends report their commits at most once a second and idle ones after a while; give them that time. */
    private void settle() {
        if (options.statsSettle() != null && !options.statsSettle().isZero()) {
            LockSupport.parkNanos(options.statsSettle().toNanos());
        }
    }

    /**
     * A session of the basic course that takes place today, written to the database: the application schedules sessions
     * only for later days, and records a result only from the session's start on. The journeys enrol in the scheduled
     * sessions as partners do, and each confirmed enrolment is then moved to this one ({@link #attendToday}), as if its
     * day had come; the benchmark cannot wait for the calendar.
     */
    private long sessionHeldToday(String courseCode) {
        try (Connection c = server.connect(database); var insert = c.prepareStatement(
                "insert into course_session (course_id, start_date, end_date, seats, seats_taken, trainer_name, location, created_at) "
                        + "select id, ?, ?, 1000, 0, 'Тренер', 'Онлайн', now() from course where code = ? returning id")) {
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
            insert.setObject(1, today);
            insert.setObject(2, today);
            insert.setString(3, courseCode);
            try (var rs = insert.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The benchmark's basic course " + courseCode + " is not in the catalogue");
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not schedule today's session: " + e.getMessage(), e);
        }
    }

    private void attendToday(long session, long enrollment) {
        try (Connection c = server.connect(database);
             var update = c.prepareStatement(StatementStats.HARNESS + "update enrollment set session_id = ? where id = ?")) {
            update.setLong(1, session);
            update.setLong(2, enrollment);
            update.executeUpdate();
            sessionMoves.incrementAndGet();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not move enrolment " + enrollment + " to today's session: " + e.getMessage(), e);
        }
    }

    /** The reviewer and manager the simulated users act as, and the administrator who schedules the basic course. */
    public static void createStaff(PostgresServer server, String database) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        String groups = String.join(",", ReviewerGroups.ALL);
        try (Connection c = server.connect(database); var insert = c.prepareStatement(
                "insert into app_user (username, email, password_hash, display_name, language, roles, reviewer_groups, enabled, created_at)"
                        + " values (?, ?, ?, ?, 'ru', ?, ?, true, ?) on conflict (username) do nothing")) {
            for (String[] user : new String[][] {{REVIEWER, Role.REVIEWER.name()}, {MANAGER, Role.MANAGER + "," + Role.REVIEWER},
                    {ADMIN, Role.ADMIN.name()}}) {
                insert.setString(1, user[0]);
                insert.setString(2, user[0] + "@vendor.example");
                insert.setString(3, hash);
                insert.setString(4, user[0]);
                insert.setString(5, user[1]);
                insert.setString(6, groups);
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the staff users: " + e.getMessage(), e);
        }
    }

    /** A generated company waiting on its own task (rework or agreement), to time a partner's inbox. */
    private Api.Credentials generatedPartnerWithTask() {
        try (Connection c = server.connect(database); var rs = c.createStatement().executeQuery(
                "select u.username from status_application a join app_user u on u.partner_id = a.partner_id"
                        + " where a.state in ('REWORK', 'AGREEMENT') and u.username like 'info@partner%' order by a.id limit 1")) {
            return rs.next() ? Api.Credentials.basic(rs.getString(1), DataGenerator.PARTNER_PASSWORD) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("partner-program-bench-app-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
