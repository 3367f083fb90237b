package dev.partnerprogram.bench;

import dev.partnerprogram.bench.generator.GeneratorSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The harness's command line: {@code --name=value} options, each with a default for the standard run. */
public record BenchOptions(
        String pgUrl, String pgUser, String pgPassword, String database, String pgbenchDatabase,
        long seed, int partners, int finished, int open, int growTo,
        List<Integer> clients, Duration warmup, Duration duration, Integer lifecycles,
        boolean pgbench, int pgbenchScale, int pgbenchSeconds, List<Integer> pgbenchClients,
        Path webJar, int port, List<String> appJvmOptions, boolean appCds, int readSamples, Duration statsSettle, Duration idleSettle,
        Path resultsDir, boolean keepDatabase, boolean generateOnly) {

    /**
     * The JVM options the README's production section gives: a heap sized for the 512 MB target, the serial collector,
     * and the bean definitions generated at build time (Spring's ahead-of-time processing, which the web build runs for
     * the 'postgres' profile the benchmark starts it with).
     */
    public static final List<String> PRODUCTION_JVM_OPTIONS = List.of("-Xms64m", "-Xmx192m", "-XX:MetaspaceSize=64m",
            "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=256m",
            "-Xss512k", "-XX:TrimNativeHeapInterval=5000", "-Dspring.aot.enabled=true");

    static final String USAGE = """
            Partner Program benchmark: pgbench, the raw engine and the full stack on one PostgreSQL.

              java -jar bench/target/bench.jar [--name=value ...]

            PostgreSQL      --pg-url=jdbc:postgresql://127.0.0.1:5432/  --pg-user=postgres  --pg-password=
            databases       --database=partner_program_bench  --pgbench-database=pp_pgbench   (created and dropped)
                            --keep-database            keep the bench database afterwards (e.g. to look at the data)
            data set        --size=standard|full|large standard: 5,000 partners, 20,000 finished, 2,000 open tasks
                                                       full: 10,000 partners, 200,000 finished, 20,000 open tasks
                                                       large: full, grown to 1,000,000 finished after its reads
                            --partners=N --finished=N --open=N (open tasks) --seed=N
                            --grow-to=N                after the dashboards and inbox are timed, add finished
                                                       instances up to N and time them again (0: no growth)
                            --generate-only            only create the database and the data set, keep it, stop
            load            --clients=1,8              simulated users / engine threads, one run per count
                            --warmup=10 --duration=60  seconds per run (warm-up not counted)
                            --lifecycles=N             instead of a duration: N lifecycles per run, no warm-up
            pgbench         --pgbench=auto|skip  --pgbench-scale=10  --pgbench-seconds=20  --pgbench-clients=1,8
            application     --web-jar=web/target/web-<version>.jar  --port=0 (0: a free port)
                            --app-jvm-opts="..."       JVM options of the application (default: the README's
                                                       production options, %s)
                            --app-cds=on|off           start it from a class data sharing archive, as the README's
                                                       production section deploys it (a training run first)
                            --read-samples=50  --stats-settle=11 (seconds for PostgreSQL to report commits)
                            --idle-settle=3 (seconds after ready before the idle memory is read)
            output          --results-dir=bench/results
            """.formatted(String.join(" ", PRODUCTION_JVM_OPTIONS));


    public static BenchOptions defaults() {
        return parse(new String[0]);
    }

    public static BenchOptions parse(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'\n\n" + USAGE);
            }
            int eq = arg.indexOf('=');
            o.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        for (String name : o.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("Unknown option --" + name + "\n\n" + USAGE);
            }
        }
        String size = o.getOrDefault("size", "standard");
        GeneratorSpec preset = switch (size) {
            case "standard" -> GeneratorSpec.standard(1);
            case "full", "large" -> GeneratorSpec.full(1);
            default -> throw new IllegalArgumentException("--size is standard, full or large, not " + size);
        };
        int finished = integer(o, "finished", preset.finishedInstances());
        int growTo = integer(o, "grow-to", "large".equals(size) ? GeneratorSpec.LARGE_FINISHED : 0);
        if (growTo != 0 && growTo <= finished) {
            throw new IllegalArgumentException("--grow-to must be more than the finished instances (" + finished + "), not " + growTo);
        }
        return new BenchOptions(
                o.getOrDefault("pg-url", "jdbc:postgresql://127.0.0.1:5432/"),
                o.getOrDefault("pg-user", "postgres"),
                o.getOrDefault("pg-password", ""),
                o.getOrDefault("database", "partner_program_bench"),
                o.getOrDefault("pgbench-database", "pp_pgbench"),
                Long.parseLong(o.getOrDefault("seed", "1")),
                integer(o, "partners", preset.partners()),
                finished,
                integer(o, "open", preset.openInstances()),
                growTo,
                integers(o.getOrDefault("clients", "1,8")),
                seconds(o.getOrDefault("warmup", "10")),
                seconds(o.getOrDefault("duration", "60")),
                o.containsKey("lifecycles") ? Integer.valueOf(o.get("lifecycles")) : null,
                !"skip".equals(o.getOrDefault("pgbench", "auto")),
                integer(o, "pgbench-scale", 10),
                integer(o, "pgbench-seconds", 20),
                integers(o.getOrDefault("pgbench-clients", "1,8")),
                o.containsKey("web-jar") ? Path.of(o.get("web-jar")) : null,
                integer(o, "port", 0),
                !o.containsKey("app-jvm-opts") ? PRODUCTION_JVM_OPTIONS
                        : o.get("app-jvm-opts").isBlank() ? List.of() : List.of(o.get("app-jvm-opts").trim().split("\\s+")),
                onOff(o.getOrDefault("app-cds", "on"), "app-cds"),
                integer(o, "read-samples", 50),
                seconds(o.getOrDefault("stats-settle", "11")),
                seconds(o.getOrDefault("idle-settle", "3")),
                Path.of(o.getOrDefault("results-dir", "bench/results")),
                Boolean.parseBoolean(o.getOrDefault("keep-database", "false")),
                Boolean.parseBoolean(o.getOrDefault("generate-only", "false")));
    }

    private static final List<String> KNOWN = List.of("pg-url", "pg-user", "pg-password", "database", "pgbench-database",
            "keep-database", "size", "partners", "finished", "open", "grow-to", "seed", "generate-only", "clients", "warmup", "duration",
            "lifecycles", "pgbench", "pgbench-scale", "pgbench-seconds", "pgbench-clients", "web-jar", "port", "app-jvm-opts", "app-cds",
            "read-samples", "stats-settle", "idle-settle", "results-dir", "help");

    static boolean wantsHelp(String[] args) {
        return Arrays.asList(args).contains("--help");
    }

    private static boolean onOff(String value, String name) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--" + name + " is on or off, not " + value);
        };
    }

    private static int integer(Map<String, String> o, String name, int fallback) {
        return o.containsKey(name) ? Integer.parseInt(o.get(name)) : fallback;
    }

    private static List<Integer> integers(String list) {
        List<Integer> result = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                result.add(Integer.valueOf(s.trim()));
            }
        }
        if (result.isEmpty() || result.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("Client counts must be positive: " + list);
        }
        return List.copyOf(result);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }
}
