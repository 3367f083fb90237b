package dev.partnerprogram.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON API through the cluster: each request goes to the next running node; a node that refuses the connection
 * is skipped and the request sent to the next one, as a balancer would. Every answer is counted in the current
 * {@link Figures}.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    record Who(String username, String header) {
        static Who basic(String username, String password) {
            return new Who(username, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** An answer; status 0 when no node answered at all. */
    record Reply(int status, JsonNode body, String contentType, String retryAfter, String text) {
        boolean ok() {
            return status / 100 == 2;
        }

        boolean unknownOutcome() {
            return status == 0 || status == 503;
        }

        @Override
        public String toString() {
            return status + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Cluster cluster;
    private volatile Figures figures;

    Http(Cluster cluster, Figures figures) {
        this.cluster = cluster;
        this.figures = figures;
    }

    void countInto(Figures figures) {
        this.figures = figures;
    }

    Reply get(Who who, String path) {
        return send(who, path, b -> b.GET(), false);
    }

    /** A read where 401 is a possible answer (a registration whose outcome is not known yet). */
    Reply getMaybeUnknownUser(Who who, String path) {
        return send(who, path, b -> b.GET(), true);
    }

    Reply post(Who who, String path, Object body) {
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(who, path, b -> b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json)), false);
    }

    /** multipart/form-data: a JSON part, then files, then plain fields. */
    Reply postMultipart(Who who, String path, String jsonPart, Object json, String filesPart, Map<String, byte[]> files,
                        Map<String, String> fields) {
        String boundary = "reliability-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + jsonPart
                    + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(JSON.writeValueAsBytes(json));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        files.forEach((name, content) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + filesPart + "\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] body = out.toByteArray();
        return send(who, path, b -> b.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), false);
    }

    private Reply send(Who who, String path, java.util.function.UnaryOperator<HttpRequest.Builder> method, boolean mayBeUnknownUser) {
        String lastError = "no node is running";
        for (AppNode node : cluster.inTurn()) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path)).timeout(TIMEOUT)
                    .header("Accept", "application/json");
            if (who != null) {
                builder.header("Authorization", who.header());
            }
            HttpRequest request = method.apply(builder).build();
            Figures counting = figures;
            counting.sent();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                String text = new String(response.body(), StandardCharsets.UTF_8);
                JsonNode json = parse(text);
                Reply reply = new Reply(response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Retry-After").orElse(null), text);
                counting.answered(request.method() + " " + path, reply, mayBeUnknownUser);
                return reply;
            } catch (ConnectException e) {
                // Nothing reached this node: the request may go to the next one.
                counting.noAnswer();
                lastError = node.name() + ": " + e;
            } catch (IOException e) {
                // Sent, but the connection broke before an answer (the node died): the outcome is unknown, so the
                // caller must look before sending it again.
                counting.noAnswer();
                return new Reply(0, JSON.nullNode(), "", null, node.name() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Reply(0, JSON.nullNode(), "", null, lastError);
    }

    private static JsonNode parse(String text) {
        if (text.isEmpty()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.nullNode();
        }
    }
}
