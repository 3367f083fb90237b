package dev.partnerprogram.reliability;

import dev.partnerprogram.testsupport.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy in front of the nodes, round-robin, as a deployment would run it: no sticky sessions, a node whose
 * readiness probe fails is taken out within two seconds, and a request whose connection to a dead node is refused goes
 * to the other one. Each answer names the node that gave it ({@code X-Node}).
 */
final class ReverseProxy implements AutoCloseable {
    static final String NODE_HEADER = "X-Node";
    private static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy"));

    private final int port;
    private final ChildProcess process;

    private ReverseProxy(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
    }

    static ReverseProxy start(List<AppNode> nodes, int port, Path work) {
        Path binary = BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "HAProxy not found at " + BINARIES + " (Debian: apt-get install haproxy; .ci/run installs it)"));
        String servers = nodes.stream().map(n -> "  server " + n.name() + " 127.0.0.1:" + n.port() + " check")
                .collect(Collectors.joining("\n"));
        String config = String.join("\n",
                "global",
                "  maxconn 512",
                "defaults",
                "  mode http",
                "  timeout connect 1s",
                "  timeout client 60s",
                "  timeout server 60s",
                "  retries 2",
                "  option redispatch 1",
                "  option forwardfor",
                "frontend web",
                "  bind 127.0.0.1:" + port,
                "  default_backend nodes",
                "backend nodes",
                "  balance roundrobin",
                "  option httpchk GET /actuator/health/readiness",
                "  http-check expect status 200",
                "  http-response set-header " + NODE_HEADER + " %[srv_name]",
                "  default-server inter 1s fall 2 rise 1",
                servers,
                "");
        Path file = work.resolve("haproxy.cfg");
        try {
            Files.writeString(file, config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChildProcess process = ChildProcess.start("HAProxy", List.of(binary.toString(), "-db", "-f", file.toString()),
                work.resolve("haproxy.log"), ChildProcess.LogMode.REPLACE);
        ReverseProxy proxy = new ReverseProxy(port, process);
        proxy.awaitListening(Duration.ofSeconds(10));
        return proxy;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitListening(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy ended at start:\n" + process.tail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
        throw new IllegalStateException("HAProxy does not listen on " + port + ":\n" + process.tail());
    }

    @Override
    public void close() {
        process.close();
    }
}
