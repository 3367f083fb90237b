package dev.partnerprogram.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A child process — the packaged application, as the benchmark and the reliability suite run it — with its output in a
 * log file: started, awaited until its readiness probe says UP, measured from /proc, stopped or killed. A shutdown hook
 * kills it should the parent JVM end without closing it, so no application outlives the build that started it.
 */
public final class ChildProcess implements AutoCloseable {

    /** Whether a start writes its log afresh or adds to what earlier starts wrote there. */
    public enum LogMode { REPLACE, APPEND }

    /** Lines of the log shown when the process fails to become ready. */
    private static final int TAIL_LINES = 40;

    private final String label;
    private final Process process;
    private final Path log;
    private final long startedNanos;
    private final Thread stopOnExit;

    private ChildProcess(String label, Process process, Path log, long startedNanos) {
        this.label = label;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop " + label);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** The command that runs {@code jar} on the JVM running this code. */
    public static List<String> javaJar(List<String> jvmOptions, Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return command;
    }

    /** The {@code java} executable of the JVM running this code. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code command} with standard output and error in {@code log}.
     *
     * @param label names the process in errors ("The application", "Node A")
     */
    public static ChildProcess start(String label, List<String> command, Path log, LogMode mode) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(mode == LogMode.APPEND ? ProcessBuilder.Redirect.appendTo(log.toFile())
                            : ProcessBuilder.Redirect.to(log.toFile()));
            // Every child is an application node, started as the README's production section deploys it: glibc's
            // default of one malloc arena per busy thread would add tens of MB of resident memory.
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            long started = System.nanoTime();
            return new ChildProcess(label, builder.start(), log, started);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + label + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Polls {@code readiness} every {@code pollEvery} until it answers 200 with {@code "UP"} in the body, and answers the
     * time from the process start; fails with the log's last lines if the process exits first or the timeout passes.
     */
    public Duration awaitReady(URI readiness, Duration timeout, Duration pollEvery) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(label + " exited with " + process.exitValue() + " before it was ready; "
                        + "its log " + log + " ends with:\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + label, e);
            }
            LockSupport.parkNanos(pollEvery.toNanos());
        }
        throw new IllegalStateException(label + " was not ready within " + timeout.toSeconds() + " s; its log " + log
                + " ends with:\n" + tail());
    }

    /** Resident memory now, in MB (VmRSS); -1 where /proc is not there. */
    public double residentMegabytes() {
        return procStatus("VmRSS:");
    }

    /** The highest resident memory since start, in MB (VmHWM); -1 where /proc is not there. */
    public double peakResidentMegabytes() {
        return procStatus("VmHWM:");
    }

    private double procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim()) / 1024.0;
                }
            }
            return -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** The last lines of the log. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: no shutdown hook, no graceful end of requests, jobs or transactions. Waits up to 10 s for it to go. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, and SIGKILL if the process has not ended within 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook stops the process
            }
        }
    }
}
