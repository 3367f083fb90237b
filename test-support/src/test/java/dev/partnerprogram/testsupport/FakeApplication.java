package dev.partnerprogram.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The child that {@link ChildProcessTest} starts in place of the application: {@code ready PORT} serves a readiness
 * probe that says UP, {@code starting PORT} one that never does, {@code fail} prints a line and exits with 3.
 * The HTTP server's thread keeps the JVM running until the test stops it.
 */
public final class FakeApplication {

    private FakeApplication() {}

    public static void main(String[] args) throws IOException {
        System.out.println("fake application: " + String.join(" ", args));
        if (args[0].equals("fail")) {
            System.err.println("cannot start: the database is not there");
            System.exit(3);
        }
        boolean ready = args[0].equals("ready");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1])), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = (ready ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
