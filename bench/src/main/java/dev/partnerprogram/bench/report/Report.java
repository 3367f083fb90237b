package dev.partnerprogram.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.partnerprogram.bench.db.StatementStats;
import dev.partnerprogram.bench.engine.RawEngineBenchmark;
import dev.partnerprogram.bench.generator.DataSet;
import dev.partnerprogram.bench.pgbench.PgBench;
import dev.partnerprogram.bench.stack.FullStackBenchmark;
import dev.partnerprogram.bench.stack.ReadProbes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a run's results into the printed table (Markdown) and JSON, with each target beside its figure. */
public final class Report {

    /** The targets, for 2 cores with PostgreSQL on the same machine. */
    public static final double TARGET_STACK_SHARE = 0.70;
    public static final double TARGET_REGISTERED_SHARE = 0.25;
    public static final double TARGET_COMPLETE_P95_MS = 50;
    public static final double TARGET_STARTUP_S = 10;
    public static final double TARGET_RESIDENT_MB = 512;
    /** Dashboards whose cost does not grow with history: p95 on the grown data set ÷ p95 before. */
    public static final double TARGET_GROWTH_RATIO = 1.5;
    /** The client count the targets are stated for. */
    public static final int TARGET_CLIENTS = 8;
    /** The performance issue's: statements per request the simulated users made, mean over the lifecycle. */
    public static final double TARGET_STATEMENTS_PER_REQUEST = 10;
    /** Statements in each of a run's two profiles (by calls, by time). */
    static final int PROFILE_SIZE = 5;
    /** Statement text in the Markdown profile; the JSON keeps more of it. */
    private static final int PROFILE_TEXT = 90;
    private static final int JSON_TEXT = 300;
    /** A select's column list is left out of the profile's text when longer than this: the tables say more. */
    private static final int COLUMN_LIST_SHOWN = 24;
    private static final Pattern SELECT_LIST = Pattern.compile("(?is)^(select\\s+(?:distinct\\s+)?)(.+?)(\\s+from\\s.*)$");
    private static final Pattern INSERT_COLUMNS = Pattern.compile("(?is)^(insert\\s+into\\s+\\S+\\s*)\\([^()]*\\)(.*)$");
    private static final Pattern VALUE_ROWS = Pattern.compile("(?is)\\bvalues\\s*(\\([^()]*\\)(?:\\s*,\\s*\\([^()]*\\))*)");
    private static final String ENABLE_STATEMENTS = "`alter system set shared_preload_libraries = 'pg_stat_statements'`"
            + " (beside any libraries it already names) and restart PostgreSQL; the harness creates the extension in its database";

    private static final String COMPLETE = "POST /api/tasks/{id}/complete";

    /** A target with the figure measured for it; {@code pass} is null when the run did not measure it. */
    public record Target(String name, String goal, String measured, Boolean pass) {}

    private Report() {}

    public static List<Target> targets(BenchResults r) {
        List<Target> targets = new ArrayList<>();
        FullStackBenchmark.Result stack = r.fullStack();
        Optional<Integer> clients = targetClients(r);
        String at = clients.map(Report::users).orElse(users(TARGET_CLIENTS));
        Optional<Double> share = clients.flatMap(c -> stackShare(r, c));
        targets.add(new Target("full stack ÷ raw engine, lifecycles/s, " + at, "≥ 70%",
                share.map(s -> percent(s)).orElse("n/a"), share.map(s -> s >= TARGET_STACK_SHARE).orElse(null)));
        Optional<Double> registeredShare = clients.flatMap(c -> stackShare(r, c, FullStackBenchmark.Journey.REGISTERED));
        targets.add(new Target("join lifecycle of registered companies ÷ raw engine, " + at, "≥ 25%",
                registeredShare.map(s -> percent(s)).orElse("n/a"),
                registeredShare.map(s -> s >= TARGET_REGISTERED_SHARE).orElse(null)));
        Optional<Double> p95 = clients.flatMap(c -> stackRun(r, c)).flatMap(run -> endpoint(run, COMPLETE)).map(Latencies.Summary::p95);
        targets.add(new Target("complete a task through the API, p95, " + at, "≤ 50 ms",
                p95.map(v -> ms(v)).orElse("n/a"), p95.map(v -> v <= TARGET_COMPLETE_P95_MS).orElse(null)));
        targets.add(new Target("start-up to ready", "≤ 10 s", stack == null ? "n/a" : fixed(stack.startupSeconds(), 1) + " s",
                stack == null ? null : stack.startupSeconds() <= TARGET_STARTUP_S));
        targets.add(new Target("resident memory under load (peak VmRSS)", "≤ 512 MB",
                stack == null ? "n/a" : fixed(stack.peakResidentMbUnderLoad(), 0) + " MB",
                stack == null ? null : stack.peakResidentMbUnderLoad() <= TARGET_RESIDENT_MB));
        Optional<FullStackBenchmark.Run> judged = statementRun(r);
        Optional<Double> perRequest = judged.filter(run -> run.statements() != null)
                .flatMap(run -> perRequest(run, run.statements().calls()));
        targets.add(new Target("statements per request, mean over the lifecycle, registered companies, "
                + judged.map(run -> users(run.load().clients())).orElse(users(TARGET_CLIENTS)), "≤ " + fixed(TARGET_STATEMENTS_PER_REQUEST, 0),
                perRequest.map(v -> fixed(v, 1)).orElse(judged.isPresent() ? "not counted" : "n/a"),
                perRequest.map(v -> v <= TARGET_STATEMENTS_PER_REQUEST).orElse(null)));
        String size = stack != null && stack.growth() != null
                ? ", " + integer(stack.growth().dataSet().spec().finishedInstances() + stack.growth().dataSet().declared("grown"))
                + " finished" : "";
        for (ReadProbes.Kind kind : ReadProbes.Kind.values()) {
            Optional<ReadProbes.Measured> worst = worstRead(r, kind);
            targets.add(new Target(kind.title() + ", p95 of the slowest request" + size, "≤ " + fixed(kind.targetP95Millis(), 0) + " ms",
                    worst.map(w -> ms(w.latency().p95()) + " (" + w.latency().name() + ")").orElse("n/a"),
                    worst.map(w -> w.latency().p95() <= kind.targetP95Millis()).orElse(null)));
        }
        Optional<Growth> steepest = growth(r).stream().filter(g -> g.kind() != ReadProbes.Kind.INBOX)
                .max(Comparator.comparingDouble(Growth::ratio));
        if (stack != null && stack.growth() != null) {
            targets.add(new Target("dashboard p95 grown ÷ before, the steepest request", "≤ " + fixed(TARGET_GROWTH_RATIO, 1),
                    steepest.map(g -> fixed(g.ratio(), 2) + " (" + g.name() + ")").orElse("n/a"),
                    steepest.map(g -> g.ratio() <= TARGET_GROWTH_RATIO).orElse(null)));
        }
        return targets;
    }

    /**
     * The run the statements target is judged on: registered companies (a company registers once, a signed-in client
     * then makes every other request) at 8 users, else at the most users run.
     */
    static Optional<FullStackBenchmark.Run> statementRun(BenchResults r) {
        if (r.fullStack() == null) {
            return Optional.empty();
        }
        List<FullStackBenchmark.Run> registered = r.fullStack().runs().stream()
                .filter(run -> run.journey() == FullStackBenchmark.Journey.REGISTERED).toList();
        return registered.stream().filter(run -> run.load().clients() == TARGET_CLIENTS).findFirst()
                .or(() -> registered.stream().max(Comparator.comparingInt(run -> run.load().clients())));
    }

    /** The HTTP requests the simulated users made in a run, failed lifecycles' included. */
    static long requests(FullStackBenchmark.Run run) {
        return run.endpoints().stream().filter(Report::isRequest).mapToLong(Latencies.Summary::count).sum();
    }

    /** How one request's p95 changed from the data set as generated to the grown one. */
    public record Growth(ReadProbes.Kind kind, String name, double before, double after) {
        public double ratio() {
            return before > 0 ? after / before : 0;
        }
    }

    /** Each request timed on both data sets, in the order measured; empty when the data set did not grow. */
    static List<Growth> growth(BenchResults r) {
        if (r.fullStack() == null || r.fullStack().growth() == null) {
            return List.of();
        }
        Map<String, ReadProbes.Measured> after = new LinkedHashMap<>();
        r.fullStack().growth().reads().forEach(m -> after.put(m.latency().name(), m));
        List<Growth> result = new ArrayList<>();
        for (ReadProbes.Measured before : r.fullStack().reads()) {
            ReadProbes.Measured grown = after.get(before.latency().name());
            if (grown != null) {
                result.add(new Growth(before.kind(), before.latency().name(), before.latency().p95(), grown.latency().p95()));
            }
        }
        return result;
    }

    /** 8 clients if that was run on both sides, else the largest count they share. */
    static Optional<Integer> targetClients(BenchResults r) {
        if (r.fullStack() == null || r.rawEngine() == null) {
            return Optional.empty();
        }
        List<Integer> common = r.rawEngine().stream().map(x -> x.load().clients())
                .filter(c -> stackRun(r, c).isPresent()).toList();
        if (common.contains(TARGET_CLIENTS)) {
            return Optional.of(TARGET_CLIENTS);
        }
        return common.stream().max(Integer::compare);
    }

    static Optional<Double> stackShare(BenchResults r, int clients) {
        return stackShare(r, clients, FullStackBenchmark.Journey.REGISTERING);
    }

    static Optional<Double> stackShare(BenchResults r, int clients, FullStackBenchmark.Journey journey) {
        Optional<RawEngineBenchmark.Result> raw = rawRun(r, clients);
        Optional<FullStackBenchmark.Run> stack = stackRun(r, clients, journey);
        if (raw.isEmpty() || stack.isEmpty() || raw.get().load().perSecond() == 0) {
            return Optional.empty();
        }
        return Optional.of(stack.get().load().perSecond() / raw.get().load().perSecond());
    }

    /** On the largest data set timed: the grown one if it grew. */
    static Optional<ReadProbes.Measured> worstRead(BenchResults r, ReadProbes.Kind kind) {
        if (r.fullStack() == null) {
            return Optional.empty();
        }
        List<ReadProbes.Measured> reads = r.fullStack().growth() != null ? r.fullStack().growth().reads() : r.fullStack().reads();
        return reads.stream().filter(m -> m.kind() == kind).max(Comparator.comparingDouble(m -> m.latency().p95()));
    }

    static Optional<RawEngineBenchmark.Result> rawRun(BenchResults r, int clients) {
        return r.rawEngine() == null ? Optional.empty()
                : r.rawEngine().stream().filter(x -> x.load().clients() == clients).findFirst();
    }

    /** The run with the company's registration: the figure the targets have always been stated for. */
    static Optional<FullStackBenchmark.Run> stackRun(BenchResults r, int clients) {
        return stackRun(r, clients, FullStackBenchmark.Journey.REGISTERING);
    }

    static Optional<FullStackBenchmark.Run> stackRun(BenchResults r, int clients, FullStackBenchmark.Journey journey) {
        return r.fullStack() == null ? Optional.empty() : r.fullStack().runs().stream()
                .filter(x -> x.load().clients() == clients && x.journey() == journey).findFirst();
    }

    static Optional<PgBench.Run> pgbenchRun(BenchResults r, int clients) {
        return r.pgbench() == null ? Optional.empty() : r.pgbench().stream().filter(x -> x.clients() == clients).findFirst();
    }

    static Optional<Latencies.Summary> endpoint(FullStackBenchmark.Run run, String name) {
        return run.endpoints().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    // ---- Markdown ------------------------------------------------------------------------------------------

    public static String markdown(BenchResults r) {
        StringBuilder md = new StringBuilder();
        Machine m = r.machine();
        md.append("# Partner Program benchmark\n\n");
        md.append(r.startedAt()).append(" · took ").append(duration(r.took().toSeconds())).append(" · `java -jar bench/target/bench.jar")
                .append(r.arguments().isEmpty() ? "" : " " + String.join(" ", r.arguments())).append("`\n\n");
        md.append("**Machine:** ").append(m.cpus()).append(" CPUs (").append(m.cpuModel()).append("), ")
                .append(integer(m.memoryMb())).append(" MB RAM, ").append(m.os()).append("; ").append(m.java()).append("; ")
                .append(m.postgres()).append(" on 127.0.0.1 (same machine); ").append(m.pgbench() == null ? "no pgbench" : m.pgbench())
                .append(". Load average at start: ").append(fixed(m.loadAverageAtStart(), 2)).append(".\n\n");
        if (m.busy()) {
            md.append("> **Warning:** the load average was ").append(fixed(m.loadAverageAtStart(), 2)).append(" at start on ")
                    .append(m.cpus()).append(" CPUs: other work was running, so these figures understate the product.\n\n");
        }
        var ds = r.dataSet();
        md.append("**Data set:** ").append(integer(ds.spec().partners())).append(" partners (");
        List<String> mix = new ArrayList<>();
        ds.spec().partnersByStatus().forEach((s, n) -> mix.add(s + " " + integer(n)));
        md.append(String.join(", ", mix)).append("); ");
        List<String> processes = new ArrayList<>();
        ds.declared().forEach((key, n) -> {
            if (key.startsWith("finished:")) {
                String process = key.substring("finished:".length());
                processes.add(process + ": " + integer(n) + " finished, " + integer(ds.declared("open:" + process)) + " open");
            }
        });
        md.append(String.join("; ", processes)).append("; ").append(integer(ds.declared("openTasks"))).append(" open tasks; seed ")
                .append(ds.spec().seed()).append("; generated in ").append(fixed(ds.took().toMillis() / 1000.0, 1)).append(" s.\n\n");

        md.append("## Targets\n\n| target | measured | goal | result |\n|---|---|---|---|\n");
        for (Target t : targets(r)) {
            md.append("| ").append(t.name()).append(" | ").append(t.measured()).append(" | ").append(t.goal()).append(" | ")
                    .append(t.pass() == null ? "n/a" : t.pass() ? "pass" : "**miss**").append(" |\n");
        }
        md.append('\n');

        md.append("## Throughput\n\n");
        if (r.pgbenchSkipped() != null) {
            md.append("pgbench: skipped (").append(r.pgbenchSkipped()).append(").\n\n");
        }
        md.append("| clients | pgbench tps | raw engine lifecycles/s | engine tx/s | tx per lifecycle | engine tx/s ÷ pgbench tps"
                + " | full stack lifecycles/s | full stack tx/s ≈ | tx per lifecycle ≈ | full stack ÷ raw engine |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (int clients : allClients(r)) {
            var pg = pgbenchRun(r, clients);
            var raw = rawRun(r, clients);
            var stack = stackRun(r, clients);
            md.append("| ").append(clients)
                    .append(" | ").append(pg.map(p -> fixed(p.tps(), 0)).orElse("–"))
                    .append(" | ").append(raw.map(x -> fixed(x.load().perSecond(), 1) + errors(x.load())).orElse("–"))
                    .append(" | ").append(raw.map(x -> fixed(x.commitsPerSecond(), 0)).orElse("–"))
                    .append(" | ").append(raw.map(x -> fixed(x.commitsPerLifecycle(), 1)).orElse("–"))
                    .append(" | ").append(raw.isPresent() && pg.isPresent() && pg.get().tps() > 0
                            ? percent(raw.get().commitsPerSecond() / pg.get().tps()) : "–")
                    .append(" | ").append(stack.map(x -> fixed(x.load().perSecond(), 1) + errors(x.load())).orElse("–"))
                    .append(" | ").append(stack.map(x -> fixed(x.commitsPerSecond(), 0)).orElse("–"))
                    .append(" | ").append(stack.map(x -> x.load().lifecycles() > 0 ? fixed((double) x.commits() / x.load().lifecycles(), 1) : "–").orElse("–"))
                    .append(" | ").append(stackShare(r, clients).map(Report::percent).orElse("–"))
                    .append(" |\n");
        }
        md.append('\n');
        if (r.pgbench() != null && !r.pgbench().isEmpty()) {
            md.append("pgbench: TPC-B-like built-in script, scale ").append(r.pgbenchScale()).append(", `-M prepared`, ")
                    .append(r.pgbench().get(0).seconds()).append(" s per client count; mean latency ");
            List<String> latencies = new ArrayList<>();
            r.pgbench().forEach(p -> latencies.add(fixed(p.latencyMillis(), 2) + " ms at " + p.clients()));
            md.append(String.join(", ", latencies)).append(".\n\n");
        }

        FullStackBenchmark.Result stack = r.fullStack();
        if (stack != null) {
            md.append("## Full stack\n\nStart-up to ready ").append(fixed(stack.startupSeconds(), 1)).append(" s; resident memory ")
                    .append(fixed(stack.idleResidentMb(), 0)).append(" MB idle, ").append(fixed(stack.peakResidentMbUnderLoad(), 0))
                    .append(" MB peak under load, ").append(fixed(stack.peakResidentMbEver(), 0))
                    .append(" MB highest since start (VmHWM); application JVM options: ")
                    .append(stack.jvmOptions().isBlank() ? "none (the JVM's defaults)" : "`" + stack.jvmOptions() + "`").append(".\n\n")
                    .append("Each lifecycle hashes one password with BCrypt, at the registration (the application remembers the")
                    .append(" password it has just stored, so the partner's API calls that follow need no second hash): ")
                    .append(ms(m.bcryptMillis())).append(" of CPU on this machine, so BCrypt alone leaves room for at most ")
                    .append(fixed(m.cpus() * 1000.0 / m.bcryptMillis(), 1)).append(" lifecycles/s on ").append(m.cpus())
                    .append(" CPUs, against the raw engine's figure above.\n\n");
            for (FullStackBenchmark.Run run : stack.runs()) {
                md.append("### ").append(runTitle(run)).append(": ")
                        .append(integer(run.load().lifecycles())).append(" lifecycles in ").append(fixed(run.load().seconds(), 1))
                        .append(" s, lifecycle p50 ").append(ms(run.load().lifecycle().p50())).append(", p95 ")
                        .append(ms(run.load().lifecycle().p95())).append(errorsSentence(run.load())).append("\n\n");
                md.append("| endpoint | calls | p50 ms | p95 ms | p99 ms | max ms | share of request time |\n|---|---|---|---|---|---|---|\n");
                double requestTime = run.endpoints().stream().filter(Report::isRequest).mapToDouble(Latencies.Summary::totalMillis).sum();
                for (Latencies.Summary e : run.endpoints()) {
                    md.append("| ").append(e.name().replace("|", "\\|")).append(" | ").append(integer(e.count()))
                            .append(" | ").append(fixed(e.p50(), 1)).append(" | ").append(fixed(e.p95(), 1))
                            .append(" | ").append(fixed(e.p99(), 1)).append(" | ").append(fixed(e.max(), 1))
                            .append(" | ").append(isRequest(e) && requestTime > 0 ? percent(e.totalMillis() / requestTime) : "")
                            .append(" |\n");
                }
                md.append('\n');
            }
            statements(md, stack);
            md.append("## Dashboards and inbox on the data set\n\nOne request at a time after a warm-up, as a manager (pages with a")
                    .append(" signed-in session, JSON with Basic) and as a reviewer of every group; the inbox filters' values are")
                    .append(" the busiest process, task, partner and region of the open tasks.\n\n")
                    .append("| request | inbox total | calls | p50 ms | p95 ms | p99 ms | max ms | goal (p95) |\n|---|---|---|---|---|---|---|---|\n");
            for (ReadProbes.Measured read : stack.reads()) {
                Latencies.Summary s = read.latency();
                boolean met = s.p95() <= read.kind().targetP95Millis();
                String goal = fixed(read.kind().targetP95Millis(), 0);
                md.append("| ").append(s.name().replace("|", "\\|")).append(" | ").append(read.visible() < 0 ? "" : integer(read.visible()))
                        .append(" | ").append(integer(s.count())).append(" | ").append(fixed(s.p50(), 1)).append(" | ")
                        .append(fixed(s.p95(), 1)).append(" | ").append(fixed(s.p99(), 1)).append(" | ").append(fixed(s.max(), 1))
                        .append(" | ").append(met ? "≤ " + goal : "**> " + goal + "**").append(" |\n");
            }
            md.append('\n');
            if (stack.growth() != null) {
                DataSet grown = stack.growth().dataSet();
                long before = r.dataSet().spec().finishedInstances();
                long after = before + grown.declared("grown");
                md.append("## The same requests on ").append(integer(after)).append(" finished instances\n\nThe data set grown from ")
                        .append(integer(before)).append(" to ").append(integer(after)).append(" finished instances in ")
                        .append(fixed(grown.took().toMillis() / 1000.0, 1)).append(" s (the application running, idle), then every")
                        .append(" request above timed again.\n\n| request | p95 ms at ").append(integer(before)).append(" | p95 ms at ")
                        .append(integer(after)).append(" | ratio |\n|---|---|---|---|\n");
                for (Growth g : growth(r)) {
                    md.append("| ").append(g.name().replace("|", "\\|")).append(" | ").append(fixed(g.before(), 1)).append(" | ")
                            .append(fixed(g.after(), 1)).append(" | ").append(fixed(g.ratio(), 2)).append(" |\n");
                }
                md.append('\n');
            }
        }
        md.append("""
                ## What is measured

                - **Lifecycle**: registration → application → review (approve) → agreement upload → agreement check (confirm) →
                  basic training recorded as passed → the asynchronous grant → AUTHORIZED. The raw engine runs the same BPMN path
                  through `RuntimeService`/`TaskService` with no-op delegates and executes the grant job itself.
                - **Engine tx/s**: committed transactions per second in the bench database (`pg_stat_database.xact_commit`,
                  read before and after the run with its connections closed). Every engine command is a transaction, queries included.
                - **Full stack tx/s ≈**: the same count while the simulated users ran; the application keeps its connections open,
                  so PostgreSQL's reporting delay makes it approximate.
                - **pgbench tps**: PostgreSQL's own TPC-B-like transactions (5 statements each) per second, on a database of its own.
                - **Start-up**: from starting the application's JVM to its readiness probe answering UP. **Resident memory**: VmRSS
                  of the application's process, idle 3 s after ready and sampled every 100 ms under load.
                - Users find their task in the first page of their inbox (`GET /api/tasks?size=20`, newest first) as people do.
                - **Dashboards and inbox** are timed after the load runs, on the generated data plus what the simulated users left.
                - **Statements**: calls summed over the normalised statements `pg_stat_statements` kept for the bench database
                  during the run (PostgreSQL must preload it); **requests** are the simulated users' HTTP requests.
                """);
        return md.toString();
    }

    private static void statements(StringBuilder md, FullStackBenchmark.Result stack) {
        md.append("## Statements and commits\n\nWhat the application ran in the bench database during each run: statements from")
                .append(" `pg_stat_statements` (reset for the bench database before the run, read right after it; transaction control")
                .append(" and the harness's own statements left out), commits as in the throughput table; per lifecycle, and per")
                .append(" request the simulated users made. Background work meanwhile (job acquisition, the outbox) is included.\n\n");
        if (stack.statementsNotCounted() != null) {
            md.append("Statements were not counted: ").append(stack.statementsNotCounted()).append(". To count them: ")
                    .append(ENABLE_STATEMENTS).append(".\n\n");
        }
        md.append("| run | lifecycles | requests | statements | per lifecycle | per request | commits ≈ | per lifecycle | per request |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (FullStackBenchmark.Run run : stack.runs()) {
            StatementStats.Counted counted = run.statements();
            md.append("| ").append(runTitle(run)).append(" | ").append(integer(run.load().lifecycles())).append(" | ")
                    .append(integer(requests(run))).append(" | ")
                    .append(counted == null ? "–" : integer(counted.calls())).append(" | ")
                    .append(counted == null ? "–" : oneDecimal(perLifecycle(run, counted.calls()))).append(" | ")
                    .append(counted == null ? "–" : oneDecimal(perRequest(run, counted.calls()))).append(" | ")
                    .append(integer(run.commits())).append(" | ").append(oneDecimal(perLifecycle(run, run.commits()))).append(" | ")
                    .append(oneDecimal(perRequest(run, run.commits()))).append(" |\n");
        }
        md.append('\n');
        for (FullStackBenchmark.Run run : stack.runs()) {
            if (run.statements() != null && run.statements().evicted() > 0) {
                md.append("> ").append(runTitle(run)).append(": pg_stat_statements dropped ").append(integer(run.statements().evicted()))
                        .append(" entries meanwhile (`pg_stat_statements.max`, shared with the server's other databases), so its")
                        .append(" rarest statements may be missing.\n\n");
            }
        }
        for (FullStackBenchmark.Run run : stack.runs()) {
            if (run.statements() == null || run.load().lifecycles() == 0) {
                continue;
            }
            md.append("### Top statements, ").append(runTitle(run)).append("\n\n");
            profile(md, run, "By calls", run.statements().topByCalls(PROFILE_SIZE));
            profile(md, run, "By total time", run.statements().topByTime(PROFILE_SIZE));
        }
    }

    private static void profile(StringBuilder md, FullStackBenchmark.Run run, String title, List<StatementStats.Statement> top) {
        double lifecycles = run.load().lifecycles();
        md.append(title).append(":\n\n| statement | calls per lifecycle | mean ms | ms per lifecycle |\n|---|---|---|---|\n");
        for (StatementStats.Statement s : top) {
            md.append("| `").append(shortQuery(s.query(), PROFILE_TEXT).replace("|", "\\|")).append("` | ")
                    .append(fixed(s.calls() / lifecycles, 1)).append(" | ").append(fixed(s.meanMillis(), 3)).append(" | ")
                    .append(fixed(s.totalMillis() / lifecycles, 2)).append(" |\n");
        }
        md.append('\n');
    }

    /**
     * A normalised statement on one line, cut at {@code limit} characters: a long select list and an insert's columns
     * and values left out, so what tells statements apart comes first (an insert's rows, as "×n", and its conflict clause).
     */
    static String shortQuery(String query, int limit) {
        String text = query.replaceAll("\\s+", " ").trim();
        Matcher select = SELECT_LIST.matcher(text);
        if (select.matches() && select.group(2).length() > COLUMN_LIST_SHOWN) {
            text = select.group(1) + "…" + select.group(3);
        }
        Matcher insert = INSERT_COLUMNS.matcher(text);
        if (insert.matches()) {
            text = insert.group(1) + "(…)" + insert.group(2);
            Matcher values = VALUE_ROWS.matcher(text);
            if (values.find()) {
                long rows = values.group(1).chars().filter(c -> c == '(').count();
                text = text.substring(0, values.start()) + "values (…)" + (rows > 1 ? " ×" + rows : "") + text.substring(values.end());
            }
        }
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    private static String runTitle(FullStackBenchmark.Run run) {
        return users(run.load().clients()) + ", " + run.journey().title();
    }

    private static String users(int clients) {
        return clients + (clients == 1 ? " user" : " users");
    }

    /** {@code count} per lifecycle the run finished; empty when it finished none. */
    private static Optional<Double> perLifecycle(FullStackBenchmark.Run run, long count) {
        return run.load().lifecycles() > 0 ? Optional.of((double) count / run.load().lifecycles()) : Optional.empty();
    }

    /** {@code count} per request the simulated users made; empty when they made none. */
    private static Optional<Double> perRequest(FullStackBenchmark.Run run, long count) {
        long requests = requests(run);
        return requests > 0 ? Optional.of((double) count / requests) : Optional.empty();
    }

    private static String oneDecimal(Optional<Double> value) {
        return value.map(v -> fixed(v, 1)).orElse("–");
    }

    private static boolean isRequest(Latencies.Summary e) {
        return (e.name().startsWith("GET ") || e.name().startsWith("POST ")) && !e.name().contains(" [");
    }

    private static List<Integer> allClients(BenchResults r) {
        TreeSet<Integer> all = new TreeSet<>();
        if (r.pgbench() != null) {
            r.pgbench().forEach(p -> all.add(p.clients()));
        }
        if (r.rawEngine() != null) {
            r.rawEngine().forEach(x -> all.add(x.load().clients()));
        }
        if (r.fullStack() != null) {
            r.fullStack().runs().forEach(x -> all.add(x.load().clients()));
        }
        return List.copyOf(all);
    }

    private static String errors(Load.Outcome load) {
        return load.errors() == 0 ? "" : " (" + load.errors() + " failed)";
    }

    private static String errorsSentence(Load.Outcome load) {
        return load.errors() == 0 ? "." : "; **" + load.errors() + " failed**: " + String.join("; ", load.firstErrors());
    }

    // ---- JSON ----------------------------------------------------------------------------------------------

    public static String json(BenchResults r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("startedAt", r.startedAt());
        root.put("tookSeconds", r.took().toSeconds());
        root.put("arguments", r.arguments());
        root.put("machine", r.machine());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("seed", r.dataSet().spec().seed());
        data.put("partners", r.dataSet().spec().partners());
        data.put("finishedInstances", r.dataSet().spec().finishedInstances());
        data.put("openInstances", r.dataSet().spec().openInstances());
        data.put("generatedSeconds", r.dataSet().took().toMillis() / 1000.0);
        data.put("declared", new TreeMap<>(r.dataSet().declared()));
        data.put("rowsWritten", new TreeMap<>(r.dataSet().rows()));
        root.put("dataSet", data);
        Map<String, Object> pg = new LinkedHashMap<>();
        pg.put("skipped", r.pgbenchSkipped());
        pg.put("scale", r.pgbenchScale());
        pg.put("runs", r.pgbench());
        root.put("pgbench", pg);
        List<Map<String, Object>> raw = new ArrayList<>();
        if (r.rawEngine() != null) {
            for (RawEngineBenchmark.Result x : r.rawEngine()) {
                Map<String, Object> m = load(x.load());
                m.put("commits", x.commits());
                m.put("engineTxPerSecond", x.commitsPerSecond());
                m.put("txPerLifecycle", x.commitsPerLifecycle());
                pgbenchRun(r, x.load().clients()).ifPresent(p -> m.put("engineTxPerPgbenchTps", x.commitsPerSecond() / p.tps()));
                raw.add(m);
            }
        }
        root.put("rawEngine", raw);
        FullStackBenchmark.Result s = r.fullStack();
        if (s != null) {
            Map<String, Object> stack = new LinkedHashMap<>();
            stack.put("startupSeconds", s.startupSeconds());
            stack.put("idleResidentMb", s.idleResidentMb());
            stack.put("peakResidentMbUnderLoad", s.peakResidentMbUnderLoad());
            stack.put("peakResidentMbSinceStart", s.peakResidentMbEver());
            stack.put("jvmOptions", s.jvmOptions());
            List<Map<String, Object>> runs = new ArrayList<>();
            for (FullStackBenchmark.Run run : s.runs()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("journey", run.journey());
                m.putAll(load(run.load()));
                m.put("commitsApproximate", run.commits());
                m.put("txPerSecondApproximate", run.commitsPerSecond());
                m.put("requests", requests(run));
                perLifecycle(run, run.commits()).ifPresent(v -> m.put("commitsPerLifecycleApproximate", v));
                perRequest(run, run.commits()).ifPresent(v -> m.put("commitsPerRequestApproximate", v));
                if (run.statements() != null) {
                    m.put("statements", statementsJson(run));
                }
                stackShare(r, run.load().clients(), run.journey()).ifPresent(v -> m.put("fullStackOverRawEngine", v));
                m.put("endpoints", run.endpoints());
                runs.add(m);
            }
            stack.put("runs", runs);
            stack.put("statementsNotCounted", s.statementsNotCounted());
            stack.put("reads", s.reads());
            if (s.growth() != null) {
                Map<String, Object> grown = new LinkedHashMap<>();
                grown.put("finishedInstances", r.dataSet().spec().finishedInstances() + s.growth().dataSet().declared("grown"));
                grown.put("grownSeconds", s.growth().dataSet().took().toMillis() / 1000.0);
                grown.put("reads", s.growth().reads());
                grown.put("p95Ratios", growth(r));
                stack.put("grown", grown);
            }
            root.put("fullStack", stack);
        }
        root.put("targets", targets(r));
        try {
            return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> statementsJson(FullStackBenchmark.Run run) {
        StatementStats.Counted counted = run.statements();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", counted.calls());
        perLifecycle(run, counted.calls()).ifPresent(v -> m.put("perLifecycle", v));
        perRequest(run, counted.calls()).ifPresent(v -> m.put("perRequest", v));
        m.put("distinct", counted.statements().size());
        m.put("evicted", counted.evicted());
        m.put("topByCalls", profileJson(run, counted.topByCalls(PROFILE_SIZE)));
        m.put("topByTime", profileJson(run, counted.topByTime(PROFILE_SIZE)));
        return m;
    }

    private static List<Map<String, Object>> profileJson(FullStackBenchmark.Run run, List<StatementStats.Statement> top) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StatementStats.Statement s : top) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("query", shortQuery(s.query(), JSON_TEXT));
            row.put("calls", s.calls());
            perLifecycle(run, s.calls()).ifPresent(v -> row.put("callsPerLifecycle", v));
            row.put("meanMillis", s.meanMillis());
            row.put("totalMillis", s.totalMillis());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> load(Load.Outcome load) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clients", load.clients());
        m.put("lifecycles", load.lifecycles());
        m.put("errors", load.errors());
        m.put("firstErrors", load.firstErrors());
        m.put("seconds", load.seconds());
        m.put("lifecyclesPerSecond", load.perSecond());
        m.put("lifecycle", load.lifecycle());
        return m;
    }

    // ---- numbers -------------------------------------------------------------------------------------------

    static String fixed(double value, int decimals) {
        if (Double.isNaN(value) || value < 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String integer(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String ms(double millis) {
        return fixed(millis, 1) + " ms";
    }

    static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
