package dev.partnerprogram.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts {@link FakeApplication} as a real child JVM, as the benchmark and the reliability suite start the application. */
class ChildProcessTest {

    private static final Duration POLL = Duration.ofMillis(50);

    @TempDir
    Path work;

    @Test
    void aReadyChild_isAwaited_measured_andStopped() throws IOException {
        int port = freePort();
        Path log = work.resolve("logs").resolve("ready.log");
        try (ChildProcess child = ChildProcess.start("The fake", fake("ready", port), log, ChildProcess.LogMode.REPLACE)) {
            Duration startup = child.awaitReady(readiness(port), Duration.ofMinutes(1), POLL);

            assertThat(startup).isPositive().isLessThan(Duration.ofMinutes(1));
            assertThat(child.isAlive()).isTrue();
            assertThat(ProcessHandle.of(child.pid())).hasValueSatisfying(handle -> assertThat(handle.isAlive()).isTrue());
            assertThat(child.log()).isEqualTo(log);
            assertThat(child.tail()).contains("fake application: ready " + port);
            if (Files.isDirectory(Path.of("/proc"))) {
                assertThat(child.residentMegabytes()).isPositive();
                assertThat(child.peakResidentMegabytes()).isGreaterThanOrEqualTo(child.residentMegabytes() - 1);
            }
            child.close();
            assertThat(child.isAlive()).isFalse();
        }
    }

    @Test
    void aChildThatExitsBeforeItIsReady_failsWithTheEndOfItsLog() {
        Path log = work.resolve("fail.log");
        try (ChildProcess child = ChildProcess.start("Node X", fake("fail", 0), log, ChildProcess.LogMode.REPLACE)) {
            assertThatThrownBy(() -> child.awaitReady(readiness(freePort()), Duration.ofMinutes(1), POLL))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Node X exited with 3 before it was ready")
                    .hasMessageContaining(log.toString())
                    .hasMessageContaining("cannot start: the database is not there");
        }
    }

    @Test
    void aChildThatNeverSaysUp_failsAfterTheTimeout() {
        int port = freePort();
        try (ChildProcess child = ChildProcess.start("The fake", fake("starting", port), work.resolve("starting.log"),
                ChildProcess.LogMode.REPLACE)) {
            assertThatThrownBy(() -> child.awaitReady(readiness(port), Duration.ofSeconds(3), POLL))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The fake was not ready within 3 s")
                    .hasMessageContaining("fake application: starting " + port);
            assertThat(child.isAlive()).isTrue();
        }
    }

    @Test
    void kill_endsTheChildAtOnce() {
        int port = freePort();
        try (ChildProcess child = ChildProcess.start("The fake", fake("ready", port), work.resolve("kill.log"),
                ChildProcess.LogMode.REPLACE)) {
            child.awaitReady(readiness(port), Duration.ofMinutes(1), POLL);
            child.kill();
            assertThat(child.isAlive()).isFalse();
        }
    }

    @Test
    void theLog_isReplacedOrAddedTo_asAsked() throws IOException {
        Path log = work.resolve("node.log");
        Files.writeString(log, "an earlier run\n");
        runToExit(ChildProcess.start("Node A", fake("fail", 0), log, ChildProcess.LogMode.APPEND));
        assertThat(Files.readAllLines(log)).first().isEqualTo("an earlier run");
        assertThat(Files.readString(log)).contains("fake application: fail");

        runToExit(ChildProcess.start("The fake", fake("fail", 0), log, ChildProcess.LogMode.REPLACE));
        assertThat(Files.readString(log)).doesNotContain("an earlier run").contains("fake application: fail");
    }

    @Test
    void javaJar_runsTheJarOnThisJvm() {
        assertThat(ChildProcess.javaJar(List.of("-Xmx64m"), Path.of("app.jar"), List.of("--server.port=1")))
                .containsExactly(ChildProcess.java(), "-Xmx64m", "-jar", "app.jar", "--server.port=1");
        assertThat(Path.of(ChildProcess.java())).isExecutable();
    }

    private static void runToExit(ChildProcess child) {
        try (child) {
            assertThatThrownBy(() -> child.awaitReady(readiness(freePort()), Duration.ofMinutes(1), POLL))
                    .hasMessageContaining("exited with 3");
        }
    }

    private static List<String> fake(String mode, int port) {
        String classes;
        try {
            classes = Path.of(FakeApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.of(ChildProcess.java(), "-Xmx32m", "-cp", classes, FakeApplication.class.getName(), mode, Integer.toString(port));
    }

    private static URI readiness(int port) {
        return URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
