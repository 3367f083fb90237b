package dev.partnerprogram.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the suite's own, in {@code target/}, on a free loopback port, so that it can be stopped
 * and started without touching the machine's shared server. initdb refuses to run as root: as root, the cluster
 * belongs to the {@code postgres} system user and every server command runs through {@code runuser -u postgres}.
 */
final class ThrowawayPostgres implements AutoCloseable {
    static final String SUPERUSER = "postgres";
    private static final Path BINARIES = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;
    private boolean running;

    private ThrowawayPostgres(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** initdb into {@code parent}, then start; fails with what is missing when the server binaries are not there. */
    static ThrowawayPostgres create(Path parent) {
        Path bin = newestBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dataDir = parent.resolve("pg-" + System.currentTimeMillis()).toAbsolutePath();
        try {
            removeEarlierClusters(parent);
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ThrowawayPostgres pg = new ThrowawayPostgres(bin, dataDir, freePort(), root);
        if (root) {
            pg.run(List.of("chown", SUPERUSER + ":", dataDir.toString()), false);
        }
        pg.run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER, "--auth=trust",
                "--encoding=UTF8", "--locale=C", "--no-sync"), true);
        pg.start();
        return pg;
    }

    /** The last run's cluster stays for a look at its server.log; older ones go. */
    private static void removeEarlierClusters(Path parent) throws IOException {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> earlier = Files.list(parent)) {
            for (Path dir : earlier.filter(p -> p.getFileName().toString().startsWith("pg-")).toList()) {
                try (Stream<Path> tree = Files.walk(dir)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static Path newestBinaries() {
        if (!Files.isDirectory(BINARIES)) {
            throw new IllegalStateException("The reliability suite needs the PostgreSQL server binaries (initdb, pg_ctl, postgres) "
                    + "under " + BINARIES + "/<version>/bin; on Debian: apt-get install postgresql");
        }
        try (Stream<Path> versions = Files.list(BINARIES)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")) && Files.isExecutable(v.resolve("bin/pg_ctl")))
                    .max(Comparator.comparing(v -> versionNumber(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("No initdb and pg_ctl under " + BINARIES
                            + "/<version>/bin; on Debian: apt-get install postgresql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double versionNumber(String name) {
        try {
            return Double.parseDouble(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
    }

    void createDatabase(String name) {
        try (Connection c = connect("postgres"); var s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Durability as for a crash of the server process, which is what the suite causes: commits are synchronous, only
     * the flush to the disk is left out (fsync protects against the machine losing power, which no test here does).
     */
    void start() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                        + "-c fsync=off -c timezone=UTC -c max_connections=100 -c shared_buffers=64MB", "start"), true);
        running = true;
    }

    /** {@code immediate} is a crash: every connection is cut and the server recovers from the WAL at the next start. */
    void stop(String mode) {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", mode, "-w", "-t", "60", "stop"), true);
        running = false;
    }

    @Override
    public void close() {
        if (running) {
            stop("fast");
        }
    }

    private void run(List<String> command, boolean asServerUser) {
        List<String> full = new ArrayList<>();
        if (asServerUser && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("pg-command", ".log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish within 90 s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed (" + process.exitValue() + "):\n" + text + serverLogTail());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + full.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String serverLogTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("server.log"));
            return "\nserver.log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
