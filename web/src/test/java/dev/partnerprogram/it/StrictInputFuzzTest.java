package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.OpenApiOperations;
import dev.partnerprogram.support.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The classes of defect of issue #13's input items, over every endpoint of the OpenAPI document (so endpoints added
 * later are covered): a JSON value of the wrong type is never coerced — a number for a date, a fraction for a whole
 * number, a number or boolean for text — but refused with 400 naming the field; and every error the API can answer,
 * Spring's and Tomcat's own included, is problem+json with a {@code code}, in the caller's language.
 */
class StrictInputFuzzTest extends IntegrationTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper json = new ObjectMapper();
    private Scenario scenario;
    private JsonNode docs;

    @BeforeEach
    void setUp() {
        scenario = new Scenario(api);
        docs = OpenApiOperations.document(api);
    }

    @Test
    void everyTypedFieldOfEveryJsonBody_refusesAValueOfAnotherJsonType_namingTheField() throws Exception {
        Map<String, Integer> tried = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (OpenApiOperations.Operation operation : OpenApiOperations.of(docs)) {
            JsonNode schema = operation.description().path("requestBody").path("content").path("application/json").path("schema");
            String path = operation.path().replaceAll("\\{[^}]+}", "1");
            ApiClient.As caller = path.startsWith("/api/admin/") ? scenario.admin() : scenario.manager();
            for (Map.Entry<String, JsonNode> property : properties(schema).entrySet()) {
                for (Object wrong : wrongValues(property.getValue())) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put(property.getKey(), wrong);
                    var response = caller.raw(operation.method(), path, MediaType.APPLICATION_JSON, json.writeValueAsBytes(body));
                    tried.merge(kind(property.getValue()), 1, Integer::sum);
                    String what = operation.name() + " " + property.getKey() + "=" + wrong;
                    if (response.getStatusCode().value() != 400) {
                        failures.add(what + " -> " + response.getStatusCode().value() + " " + response.getBody());
                        continue;
                    }
                    JsonNode problem = json.readTree(response.getBody());
                    JsonNode error = problem.path("errors").path(0);
                    if (!property.getKey().equals(error.path("field").asText()) || !"error.wrongFormat".equals(error.path("code").asText())) {
                        failures.add(what + " -> " + response.getBody());
                    }
                }
            }
        }
        tried.forEach((kind, count) -> System.out.printf("strict input: %-10s %4d wrong values%n", kind, count));
        assertThat(tried.getOrDefault("date", 0)).as("date fields tried").isGreaterThanOrEqualTo(10);
        assertThat(tried.getOrDefault("integer", 0)).as("integer fields tried").isGreaterThanOrEqualTo(10);
        assertThat(tried.getOrDefault("string", 0)).as("text fields tried").isGreaterThanOrEqualTo(20);
        assertThat(failures).isEmpty();
    }

    @Test
    void springsOwnErrors_areProblemJson_withACode_inTheCallersLanguage() {
        ApiClient.As partner = scenario.registerCompany("ru").api();

        assertProblem(partner.raw(HttpMethod.GET, "/api/no-such-endpoint", null, null), 404, "problem.notFound", "Объект не существует");
        assertProblem(partner.inLanguage("en").raw(HttpMethod.GET, "/api/no-such-endpoint/7", null, null), 404, "problem.notFound",
                "The object does not exist");
        var wrongMethod = partner.inLanguage("en").raw(HttpMethod.DELETE, "/api/applications", null, null);
        assertProblem(wrongMethod, 405, "problem.methodNotAllowed", "does not take this request method");
        assertThat(wrongMethod.getHeaders().getAllow()).contains(HttpMethod.GET, HttpMethod.POST);
        assertProblem(partner.raw(HttpMethod.POST, "/api/applications/1/documents", MediaType.APPLICATION_JSON,
                "{\"kind\": \"AGREEMENT\"}".getBytes(StandardCharsets.UTF_8)), 415, "problem.unsupportedMediaType", "Content-Type");
        assertProblem(partner.raw(HttpMethod.POST, "/api/applications", MediaType.APPLICATION_XML, "<a/>".getBytes(StandardCharsets.UTF_8)),
                415, "problem.unsupportedMediaType", "Content-Type");
        assertProblem(partner.raw(HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON, "{".getBytes(StandardCharsets.UTF_8)),
                400, "problem.unreadable", "JSON");
    }

    @Test
    void springSecuritysRefusals_areProblemJson_withACode_inTheCallersLanguage() {
        ApiClient.As partner = scenario.registerCompany("ru").api();

        var anonymous = api.anonymous().raw(HttpMethod.GET, "/api/applications", null, null);
        assertProblem(anonymous, 401, "problem.unauthenticated", "Войдите по HTTP Basic");
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertProblem(api.anonymous().inLanguage("en").raw(HttpMethod.GET, "/api/no-such-endpoint", null, null), 401,
                "problem.unauthenticated", "Sign in with HTTP Basic");
        assertProblem(api.as("it-admin", "wrong-password").inLanguage("en").raw(HttpMethod.GET, "/api/admin/outbox", null, null), 401,
                "problem.unauthenticated", "Sign in");
        assertProblem(partner.raw(HttpMethod.GET, "/api/admin/outbox", null, null), 403, "forbidden.role", "Ваша роль");
        assertProblem(partner.inLanguage("en").raw(HttpMethod.GET, "/api/admin/outbox", null, null), 403, "forbidden.role",
                "Your role does not allow this");
    }

    @Test
    void whatTomcatRefusesBeforeTheApplication_isProblemJsonToo_andPagesKeepTheirErrorPage() throws IOException {
        String authorization = scenario.reviewer().authorization();
        for (String path : List.of("/api/applications/%00", "/api/tasks/%00/complete", "/api/applications/%2e%2e/%00")) {
            String answer = rawHttp("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                    + "\r\nAccept-Language: en\r\nConnection: close\r\n\r\n");
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertThat(head).as(path).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: " + PROBLEM_JSON);
            JsonNode problem = json.readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("code").asText()).isEqualTo("problem.badRequest");
            assertThat(problem.get("detail").asText()).contains("could not be parsed");
        }
        String page = rawHttp("GET /training/%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase(PROBLEM_JSON).doesNotContain("Apache Tomcat/");
    }

    private void assertProblem(ResponseEntity<String> response, int status, String code, String text) {
        assertThat(response).isNotNull();
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(status);
        assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith(PROBLEM_JSON);
        try {
            JsonNode problem = json.readTree(response.getBody());
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("code").asText()).isEqualTo(code);
            assertThat(problem.get("detail").asText()).contains(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    private String rawHttp(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** The body's own properties, where springdoc gives them inline or by reference. */
    private Map<String, JsonNode> properties(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        resolved.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), resolve(e.getValue())));
        return properties;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String kind(JsonNode schema) {
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        if (type.equals("string") && (format.equals("date") || format.equals("date-time"))) {
            return "date";
        }
        return type.isEmpty() ? "object" : type;
    }

    /** Values of another JSON type than the field's, which Jackson's defaults would have coerced. */
    private static List<Object> wrongValues(JsonNode schema) {
        return switch (kind(schema)) {
            case "date" -> List.of(20000, 1.7e9, true);
            case "integer" -> List.of(1.5, true, 2.0);
            case "number" -> List.of(true);
            case "string" -> List.of(12, 1.5, false);
            case "boolean" -> List.of(1, 0.5);
            default -> List.of();
        };
    }
}
