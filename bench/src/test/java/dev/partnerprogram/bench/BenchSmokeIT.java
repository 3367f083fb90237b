package dev.partnerprogram.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.bench.db.PostgresServer;
import dev.partnerprogram.bench.db.StatementStats;
import dev.partnerprogram.bench.pgbench.PgBench;
import dev.partnerprogram.bench.report.Latencies;
import dev.partnerprogram.bench.stack.FullStackBenchmark;
import dev.partnerprogram.bench.stack.ReadProbes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The whole harness, briefly: a small data set, a two-second pgbench (when installed), a few lifecycles on the raw
 * engine and through the packaged application with two users each, the reads timed again on the data set grown while
 * the application runs. Runs in {@code verify}, after the web jar is packaged.
 */
class BenchSmokeIT {

    private static final int LIFECYCLES = 3;

    @Test
    void harness_runsEveryPart_andWritesTheTable() throws Exception {
        PostgresServer server = TestPostgres.server();
        String database = TestPostgres.database("bench");
        Path results = Path.of("target", "bench-smoke");
        List<String> args = new ArrayList<>(List.of(
                "--pg-url=" + server.url(), "--pg-user=" + server.user(), "--pg-password=" + server.password(),
                "--database=" + database, "--pgbench-database=" + TestPostgres.database("pgbench"),
                "--partners=100", "--finished=200", "--open=20", "--seed=8", "--grow-to=300",
                "--clients=2", "--lifecycles=" + LIFECYCLES,
                "--pgbench-scale=1", "--pgbench-seconds=2", "--pgbench-clients=1",
                "--read-samples=3", "--stats-settle=0", "--idle-settle=1", "--results-dir=" + results));
        String root = System.getProperty("bench.projectRoot");
        if (root != null) {
            args.add("--web-jar=" + Path.of(root).resolve(builtWebJar()));
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        BenchMain.Outcome outcome = new BenchMain(BenchOptions.parse(args.toArray(String[]::new)), args, System.err,
                new PrintStream(table, true, StandardCharsets.UTF_8)).run();

        var r = outcome.results();
        assertThat(r.rawEngine()).singleElement().satisfies(raw -> {
            assertThat(raw.load().lifecycles()).isEqualTo(LIFECYCLES);
            assertThat(raw.load().errors()).isZero();
            // At least the commands of the lifecycle itself: start, three tasks, training, grant.
            assertThat(raw.commitsPerLifecycle()).isGreaterThanOrEqualTo(6);
        });
        FullStackBenchmark.Result stack = r.fullStack();
        // Both journeys, with the registration and of companies registered before, run the whole lifecycle.
        assertThat(stack.runs()).extracting(FullStackBenchmark.Run::journey)
                .containsExactly(FullStackBenchmark.Journey.REGISTERING, FullStackBenchmark.Journey.REGISTERED);
        assertThat(stack.runs()).allSatisfy(run -> {
            assertThat(run.load().lifecycles()).as(String.valueOf(run.load().firstErrors())).isEqualTo(LIFECYCLES);
            assertThat(run.load().errors()).isZero();
            assertThat(run.endpoints()).extracting(Latencies.Summary::name, Latencies.Summary::count).contains(
                    tuple("POST /api/enrollments", LIFECYCLES),
                    // Review, agreement upload and check, and the enrolment's confirmation and result.
                    tuple("POST /api/tasks/{id}/complete", 5 * LIFECYCLES));
        });
        assertThat(stack.runs().get(0).endpoints()).extracting(Latencies.Summary::name, Latencies.Summary::count)
                .contains(tuple("POST /api/registrations", LIFECYCLES));
        assertThat(stack.runs().get(1).endpoints()).extracting(Latencies.Summary::name)
                .as("registered before the run, outside its figures").doesNotContain("POST /api/registrations");
        assertThat(stack.startupSeconds()).isPositive();
        assertThat(stack.idleResidentMb()).isPositive();
        assertThat(stack.peakResidentMbUnderLoad()).isPositive();
        // Every kind of read is timed; the reviewer's unfiltered inbox shows the generated open tasks.
        assertThat(stack.reads()).extracting(ReadProbes.Measured::kind).contains(ReadProbes.Kind.values());
        assertThat(stack.reads()).allSatisfy(read -> assertThat(read.latency().count()).isEqualTo(3));
        assertThat(stack.reads()).filteredOn(read -> read.latency().name().equals("inbox, reviewer, none"))
                .singleElement().satisfies(read -> assertThat(read.visible()).isPositive());
        // Grown by 100 finished instances while the application ran, past the rows the journeys wrote; the same reads again.
        assertThat(stack.growth().dataSet().declared("grown")).isEqualTo(100);
        assertThat(stack.growth().reads()).extracting(read -> read.latency().name())
                .containsExactlyElementsOf(stack.reads().stream().map(read -> read.latency().name()).toList());
        if (PgBench.onPath().isPresent()) {
            assertThat(r.pgbench()).singleElement().satisfies(run -> assertThat(run.tps()).isPositive());
        } else {
            assertThat(r.pgbenchSkipped()).contains("pgbench");
        }

        String markdown = table.toString(StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Targets", "start-up to ready", "## Dashboards and inbox on the data set",
                "| overview page GET /manager/dashboard (90 days) |", "| sales page GET /manager/sales (90 days) |",
                "## The same requests on 300 finished instances");
        assertThat(Files.readString(results.resolve("latest.md"))).isEqualTo(Files.readString(outcome.markdown()));
        JsonNode json = new ObjectMapper().readTree(Files.readString(results.resolve("latest.json")));
        // The dashboards issue's seven, the fair lifecycle's, the sales dashboard's, the growth ratio's and statements per request.
        assertThat(json.get("targets")).hasSize(11);
        assertThat(json.get("fullStack").get("grown").get("finishedInstances").asInt()).isEqualTo(300);
        assertThat(json.get("fullStack").get("runs").get(0).get("lifecycles").asInt()).isEqualTo(LIFECYCLES);
        assertThat(json.get("fullStack").get("runs").get(1).get("journey").asText()).isEqualTo("REGISTERED");
        assertThat(json.get("fullStack").get("reads")).hasSameSizeAs(stack.reads());

        // Where PostgreSQL preloads pg_stat_statements every run counts the application's statements, the harness's own
        // left out; elsewhere the report says why they were not counted.
        if (preloadsStatementStats(server)) {
            assertThat(stack.statementsNotCounted()).isNull();
            assertThat(stack.runs()).allSatisfy(run -> {
                assertThat(run.statements().calls()).isPositive();
                assertThat(run.statements().statements()).extracting(StatementStats.Statement::query)
                        .noneMatch(query -> query.contains("bench harness") || query.contains("pg_stat_statements"));
            });
            for (int run = 0; run < 2; run++) {
                JsonNode statements = json.get("fullStack").get("runs").get(run).get("statements");
                assertThat(statements.get("perLifecycle").asDouble()).isPositive();
                assertThat(statements.get("perRequest").asDouble()).isPositive();
                assertThat(statements.get("topByCalls")).isNotEmpty();
            }
            assertThat(markdown).contains("## Statements and commits", "### Top statements, 2 users, registered companies, signed in once")
                    .doesNotContain("Statements were not counted");
            assertThat(json.get("targets")).anySatisfy(target -> {
                assertThat(target.get("name").asText()).startsWith("statements per request");
                assertThat(target.get("measured").asDouble()).isPositive();
            });
        } else {
            assertThat(stack.statementsNotCounted()).contains("pg_stat_statements");
            assertThat(markdown).contains("Statements were not counted");
        }

        // Nothing is left behind: the application is stopped and the harness's databases are dropped.
        try (Connection c = server.connect("postgres"); var rs = c.createStatement().executeQuery(
                "select count(*) from pg_database where datname in ('" + database + "', '" + TestPostgres.database("pgbench") + "')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        assertThat(listening(stack.port())).isFalse();
    }

    private static boolean preloadsStatementStats(PostgresServer server) throws Exception {
        try (Connection c = server.connect("postgres"); var rs = c.createStatement().executeQuery("show shared_preload_libraries")) {
            rs.next();
            return rs.getString(1).contains("pg_stat_statements");
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The web jar this build packaged, relative to the project root. */
    private static String builtWebJar() throws IOException {
        try (var in = BenchSmokeIT.class.getResourceAsStream("/bench.properties")) {
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("web.jar");
        }
    }
}
