package dev.partnerprogram.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.partnerprogram.bench.db.BenchSchema;
import dev.partnerprogram.bench.db.PostgresServer;
import dev.partnerprogram.bench.engine.BenchEngine;
import dev.partnerprogram.bench.engine.RawEngineBenchmark;
import dev.partnerprogram.bench.generator.DataGenerator;
import dev.partnerprogram.bench.generator.DataSet;
import dev.partnerprogram.bench.generator.GeneratorSpec;
import dev.partnerprogram.bench.pgbench.PgBench;
import dev.partnerprogram.bench.report.BenchResults;
import dev.partnerprogram.bench.report.Machine;
import dev.partnerprogram.bench.report.Report;
import dev.partnerprogram.bench.stack.FullStackBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The benchmark in one run on one PostgreSQL: generate the data set, pgbench on a database of its own, the raw
 * engine, then the packaged application under simulated users; print the table and write it as Markdown and JSON
 * to {@code <results-dir>/<timestamp>.{md,json}} and {@code latest.{md,json}}. Progress goes to stderr, the table to stdout.
 */
public final class BenchMain {

    /** Where a run put its results. */
    public record Outcome(BenchResults results, Path markdown, Path json) {}

    /** How often a long generation says how far it is. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final BenchOptions options;
    private final List<String> arguments;
    private final PrintStream progress;
    private final PrintStream table;
    private final long startedNanos = System.nanoTime();

    public BenchMain(BenchOptions options, List<String> arguments, PrintStream progress, PrintStream table) {
        this.options = options;
        this.arguments = List.copyOf(arguments);
        this.progress = progress;
        this.table = table;
    }

    public static void main(String[] args) {
        if (BenchOptions.wantsHelp(args)) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        try {
            new BenchMain(BenchOptions.parse(args), List.of(args), System.err, System.out).run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs everything; with {@code --generate-only} stops after the data set and answers null. */
    public Outcome run() {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        PostgresServer server = new PostgresServer(options.pgUrl(), options.pgUser(), options.pgPassword());
        Optional<PgBench> pgbench = options.pgbench() ? PgBench.onPath() : Optional.empty();
        Machine machine = Machine.describe(postgresVersion(server), pgbench.map(PgBench::version).orElse(null));
        say("%d CPUs, load average %.2f, %s", machine.cpus(), machine.loadAverageAtStart(), machine.postgres());
        if (machine.busy()) {
            say("WARNING the machine is busy; the figures will be low and are not comparable");
        }
        Path webJar = options.generateOnly() ? null : webJar();
        server.recreate(options.database());
        boolean keep = options.keepDatabase() || options.generateOnly();
        Generation generation = null;
        try {
            generation = generate(server);
            DataSet dataSet = generation.dataSet();
            if (options.generateOnly()) {
                if (options.growTo() > 0) {
                    generation.grow();
                }
                FullStackBenchmark.createStaff(server, options.database());
                say("data set kept in database %s; staff users %s and %s, password %s", options.database(),
                        FullStackBenchmark.REVIEWER, FullStackBenchmark.MANAGER, FullStackBenchmark.STAFF_PASSWORD);
                return null;
            }
            String pgbenchSkipped = null;
            List<PgBench.Run> pgbenchRuns = List.of();
            if (!options.pgbench()) {
                pgbenchSkipped = "--pgbench=skip";
            } else if (pgbench.isEmpty()) {
                pgbenchSkipped = "no pgbench on the PATH; Debian: apt-get install postgresql-contrib";
            } else {
                say("pgbench, scale %d, %d s per client count %s", options.pgbenchScale(),
                        options.pgbenchSeconds(), options.pgbenchClients());
                pgbenchRuns = pgbench.get().benchmark(server, options.pgbenchDatabase(), options.pgbenchScale(),
                        options.pgbenchSeconds(), options.pgbenchClients());
                pgbenchRuns.forEach(run -> say("  %d client(s): %.0f tps", run.clients(), run.tps()));
            }
            List<RawEngineBenchmark.Result> raw = new ArrayList<>();
            for (int clients : options.clients()) {
                say("raw engine, %d thread(s)", clients);
                RawEngineBenchmark.Result result = new RawEngineBenchmark(server, options.database())
                        .run(clients, warmup(), duration(), options.lifecycles());
                say("  %.1f lifecycles/s, %.0f tx/s, %d failed", result.load().perSecond(), result.commitsPerSecond(),
                        result.load().errors());
                raw.add(result);
            }
            say("full stack, %s (users %s)", webJar, options.clients());
            Path log = Files.createTempFile("partner-program-bench-app-", ".log");
            FullStackBenchmark.Result stack = new FullStackBenchmark(server, options.database(), new FullStackBenchmark.Options(
                    webJar, options.port(), options.appJvmOptions(), options.appCds(), options.clients(), warmup(), duration(), options.lifecycles(),
                    options.readSamples(), options.statsSettle(), options.idleSettle(), log,
                    options.growTo() > 0 ? generation::grow : null)).run();
            say("  start-up %.1f s; %s; application log %s", stack.startupSeconds(), stack.runs().stream()
                    .map(run -> String.format(Locale.ROOT, "%d user(s): %.1f lifecycles/s, %d failed", run.load().clients(),
                            run.load().perSecond(), run.load().errors()))
                    .reduce((a, b) -> a + "; " + b).orElse(""), stack.log());
            BenchResults results = new BenchResults(started, Duration.between(started, Instant.now()), arguments, machine,
                    dataSet, pgbenchSkipped, options.pgbenchScale(), pgbenchRuns, raw, stack);
            return write(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (generation != null) {
                generation.close();
            }
            if (!keep) {
                server.drop(options.database());
            }
        }
    }

    /** A progress line on stderr, with the time since the run started. */
    private void say(String format, Object... args) {
        long seconds = (System.nanoTime() - startedNanos) / 1_000_000_000L;
        progress.printf("bench [%d:%02d] %s%n", seconds / 60, seconds % 60, String.format(Locale.ROOT, format, args));
    }

    /**
     * The generated data set, and while it may still grow ({@code --grow-to}) the bench engine and generator that made
     * it: a second engine would deploy the models again, as new versions.
     */
    private final class Generation implements AutoCloseable {
        private final HikariDataSource dataSource;
        private final ProcessEngine engine;
        private final DataGenerator generator;
        private final DataSet dataSet;
        private boolean closed;

        Generation(HikariDataSource dataSource, ProcessEngine engine, DataGenerator generator, DataSet dataSet) {
            this.dataSource = dataSource;
            this.engine = engine;
            this.generator = generator;
            this.dataSet = dataSet;
        }

        DataSet dataSet() {
            return dataSet;
        }

        /** Adds finished instances up to {@code --grow-to}; answers the grown data set. */
        DataSet grow() {
            int more = options.growTo() - dataSet.spec().finishedInstances();
            say("growing the data set by %,d finished instances to %,d", more, options.growTo());
            DataSet grown = generator.grow(more);
            say("grown in %.1f s", grown.took().toMillis() / 1000.0);
            analyze(dataSource);
            close();
            return grown;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                engine.close();
                dataSource.close();
            }
        }
    }

    private Generation generate(PostgresServer server) {
        GeneratorSpec spec = new GeneratorSpec(options.seed(), options.partners(), options.finished(), options.open(),
                GeneratorSpec.nowToTheSecond());
        say("generating %,d partners, %,d finished instances and %,d open tasks into %s",
                spec.partners(), spec.finishedInstances(), spec.openInstances(), options.database());
        HikariDataSource dataSource = server.loadingDataSource(options.database(), 4);
        ProcessEngine engine = null;
        try {
            BenchSchema.migrate(dataSource);
            engine = BenchEngine.start(dataSource);
            DataGenerator generator = new DataGenerator(dataSource, engine).reportingTo(line -> say("%s", line), PROGRESS_EVERY);
            DataSet dataSet = generator.generate(spec);
            say("generated in %.1f s", dataSet.took().toMillis() / 1000.0);
            analyze(dataSource);
            Generation generation = new Generation(dataSource, engine, generator, dataSet);
            if (options.growTo() == 0) {
                generation.close();
            }
            return generation;
        } catch (RuntimeException e) {
            if (engine != null) {
                engine.close();
            }
            dataSource.close();
            throw e;
        }
    }

    /** Fresh statistics, so the planner sees the generated volumes from the first query on. */
    private static void analyze(HikariDataSource dataSource) {
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            c.setAutoCommit(true);
            statement.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("analyze failed: " + e.getMessage(), e);
        }
    }

    private Outcome write(BenchResults results) throws IOException {
        String markdown = Report.markdown(results);
        String json = Report.json(results);
        Files.createDirectories(options.resultsDir());
        String stamp = results.startedAt().toString().replace(':', '-');
        Path md = options.resultsDir().resolve(stamp + ".md");
        Path js = options.resultsDir().resolve(stamp + ".json");
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Files.writeString(js, json, StandardCharsets.UTF_8);
        Files.writeString(options.resultsDir().resolve("latest.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(options.resultsDir().resolve("latest.json"), json, StandardCharsets.UTF_8);
        table.println(markdown);
        say("written %s and %s (and latest.md, latest.json)", md, js);
        return new Outcome(results, md, js);
    }

    private Duration warmup() {
        return options.lifecycles() == null ? options.warmup() : null;
    }

    private Duration duration() {
        return options.lifecycles() == null ? options.duration() : null;
    }

    /** The web jar named on the command line, or the one this build packaged, seen from the root or the bench module. */
    private Path webJar() {
        List<Path> candidates = new ArrayList<>();
        if (options.webJar() != null) {
            candidates.add(options.webJar());
        } else {
            String built = builtWebJar();
            candidates.add(Path.of(built));
            candidates.add(Path.of("..").resolve(built));
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new IllegalStateException(
                "No web jar at " + candidates + ". Build it first: ./mvnw -q -pl bench -am package -DskipTests"));
    }

    private static String builtWebJar() {
        try (InputStream in = BenchMain.class.getResourceAsStream("/bench.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("web.jar");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String postgresVersion(PostgresServer server) {
        try (Connection c = server.connect("postgres"); var rs = c.createStatement().executeQuery("show server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1).split(" ")[0];
        } catch (SQLException e) {
            throw new IllegalStateException("No PostgreSQL answered at " + server.url() + " as '" + server.user() + "': "
                    + e.getMessage(), e);
        }
    }
}
