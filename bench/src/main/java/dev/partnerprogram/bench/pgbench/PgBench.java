package dev.partnerprogram.bench.pgbench;

import dev.partnerprogram.bench.db.PostgresServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own {@code pgbench}: the built-in TPC-B-like script with prepared statements, on a database of its own.
 * Its commit rate is what bounds every transaction the engine and the application make.
 */
public final class PgBench {

    /** One run: transactions per second (excluding connection time) and the mean latency pgbench reports. */
    public record Run(int clients, int threads, int seconds, double tps, double latencyMillis) {}

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/.*");

    private final String executable;

    private PgBench(String executable) {
        this.executable = executable;
    }

    /** The pgbench on the PATH, if there is one (Debian: package {@code postgresql-contrib} / {@code postgresql-client}). */
    public static Optional<PgBench> onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "pgbench");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new PgBench(candidate.toString()));
            }
        }
        return Optional.empty();
    }

    public String version() {
        return run(List.of(executable, "--version"), Map.of(), 30).trim();
    }

    /** Creates the database afresh, loads it at {@code scale}, runs once per client count, and drops it again. */
    public List<Run> benchmark(PostgresServer server, String database, int scale, int seconds, List<Integer> clients) {
        server.recreate(database);
        try {
            List<String> connection = connection(server, database);
            List<String> init = new ArrayList<>(List.of(executable, "-i", "-q", "-s", Integer.toString(scale)));
            init.addAll(connection);
            run(init, env(server), 600);
            List<Run> runs = new ArrayList<>();
            int cpus = Runtime.getRuntime().availableProcessors();
            for (int c : clients) {
                int threads = Math.max(1, Math.min(c, cpus));
                List<String> command = new ArrayList<>(List.of(executable, "-M", "prepared", "-c", Integer.toString(c),
                        "-j", Integer.toString(threads), "-T", Integer.toString(seconds)));
                command.addAll(connection);
                String output = run(command, env(server), seconds + 120);
                runs.add(new Run(c, threads, seconds, number(TPS, output), number(LATENCY, output)));
            }
            return runs;
        } finally {
            server.drop(database);
        }
    }

    private static List<String> connection(PostgresServer server, String database) {
        Matcher m = SERVER.matcher(server.url());
        if (!m.matches()) {
            throw new IllegalArgumentException("Cannot read host and port from " + server.url());
        }
        return List.of("-h", m.group(1), "-p", m.group(2) == null ? "5432" : m.group(2), "-U", server.user(), database);
    }

    private static Map<String, String> env(PostgresServer server) {
        return server.password().isEmpty() ? Map.of() : Map.of("PGPASSWORD", server.password());
    }

    private static double number(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no '" + pattern.pattern() + "':\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String run(List<String> command, Map<String, String> env, int timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running pgbench", e);
        }
    }
}
