package dev.partnerprogram.reliability;

import dev.partnerprogram.testsupport.ChildProcess;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One application node: the packaged jar as a child process on its own loopback port, killed or stopped at will. */
final class AppNode implements AutoCloseable {
    /** How often the readiness probe is asked while the node starts. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final String name;
    private final int port;
    private final ChildProcess process;

    private AppNode(String name, int port, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts the node; its log is added to, so a node started again keeps what it wrote before. */
    static AppNode start(String name, Path jar, List<String> jvmOptions, List<String> arguments, int port, Path log) {
        List<String> withPort = new ArrayList<>();
        withPort.add("--server.port=" + port);
        withPort.addAll(arguments);
        return new AppNode(name, port, ChildProcess.start("Node " + name, ChildProcess.javaJar(jvmOptions, jar, withPort), log,
                ChildProcess.LogMode.APPEND));
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the readiness probe; answers the time from the process start. */
    Duration awaitReady(Duration timeout) {
        return process.awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), timeout, POLL);
    }

    /** SIGKILL: no shutdown hook, no graceful end of requests, jobs or transactions. */
    void killHard() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
