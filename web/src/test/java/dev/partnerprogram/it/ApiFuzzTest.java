package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.OpenApiOperations;
import dev.partnerprogram.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Hostile input against every endpoint of the OpenAPI document, so endpoints added later are covered without editing
 * this test: no 5xx, no internals in any answer, no expression evaluated, nothing stored from a refused request.
 */
class ApiFuzzTest extends IntegrationTest {
    private static final long SEED = 20261127L;
    private static final int BODIES_PER_ENDPOINT = 8;
    private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "org.hibernate", "PSQL", "SQLState",
            "org.camunda", "ENGINE-", "select ", "SELECT ");
    private static final List<String> HOSTILE_STRINGS = List.of("${7*7}", "#{7*7}", "${T(java.lang.Runtime).getRuntime()}",
            "' OR '1'='1", "1; DROP TABLE partner_company; --", "../../../../etc/passwd", "\u0000", "\u202Eevil\u202C",
            "😀".repeat(50), "\uD800", "<script>alert(1)</script>", "x".repeat(100_000), "", " ", "-1", "1e309",
            "99999999999999999999999999", "null", "true");
    private static final List<String> HOSTILE_PATH_VALUES = List.of("0", "-1", "99999999999999999999", "%24%7B7*7%7D",
            "..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1", "abc", "1.5", "%00");

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(SEED);
    private JsonNode docs;

    @Test
    void hostileInputToEveryEndpoint_neverBreaksTheServerNorLeaksItsInsides() throws Exception {
        Scenario.Partner partner = scenario.registerCompany("ru");
        scenario.apply(partner);
        List<ApiClient.As> callers = List.of(api.anonymous(), partner.api(), scenario.reviewer(), scenario.admin());

        docs = OpenApiOperations.document(api);
        Map<String, Integer> tried = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (OpenApiOperations.Operation operation : OpenApiOperations.of(docs)) {
            String endpoint = operation.name();
            List<byte[]> bodies = bodies(operation.description());
            // Hostile ids in the path, from everyone; then hostile bodies on a plausible path, from the signed-in.
            for (String url : urls(operation.path())) {
                for (ApiClient.As caller : callers) {
                    check(endpoint, caller, operation.method(), url, bodies.get(0), failures);
                    tried.merge(endpoint, 1, Integer::sum);
                }
            }
            String plausible = operation.path().replaceAll("\\{[^}]+}", "1");
            for (ApiClient.As caller : callers.subList(1, 3)) {
                for (byte[] body : bodies) {
                    check(endpoint, caller, operation.method(), plausible, body, failures);
                    tried.merge(endpoint, 1, Integer::sum);
                }
            }
        }
        tried.forEach((endpoint, count) -> System.out.printf("fuzz %-60s %5d inputs%n", endpoint, count));
        assertThat(tried).hasSizeGreaterThan(15);
        assertThat(failures).isEmpty();

        var registered = scenario.registerCompany("ru");
        var hostileName = api.anonymous().post("/api/registrations", Map.of("companyName", "${7*7} #{7*7}", "taxId", "7000000007",
                "region", "Омск", "contactName", "x", "email", "expr" + registered.partnerId() + "@expr.example",
                "phone", "+7 000 000-00-00", "password", "long-enough-1"));
        assertThat(hostileName.getStatusCode().value()).isIn(201, 409);
        assertThat(jdbc.queryForList("select company_name from partner_company where company_name like '%7*7%'", String.class))
                .allMatch(name -> name.contains("${7*7}")).noneMatch(name -> name.contains("49"));
    }

    private void check(String endpoint, ApiClient.As caller, HttpMethod method, String url, byte[] body, List<String> failures) {
        boolean mutating = method != HttpMethod.GET;
        Map<String, Long> before = mutating ? tableCounts() : Map.of();
        ResponseEntity<String> response;
        try {
            response = caller.raw(method, url, MediaType.APPLICATION_JSON, body);
        } catch (RuntimeException e) {
            failures.add(endpoint + " " + url + ": transport failure " + e.getMessage());
            return;
        }
        int status = response.getStatusCode().value();
        String text = response.getBody() == null ? "" : response.getBody();
        if (status >= 500) {
            failures.add(endpoint + " " + url + " -> " + status + " " + abbreviate(body));
        }
        LEAKS.stream().filter(text::contains).findFirst()
                .ifPresent(leak -> failures.add(endpoint + " " + url + " leaked '" + leak + "' -> " + abbreviate(text.getBytes())));
        if (mutating && status >= 400) {
            Map<String, Long> after = tableCounts();
            if (!after.equals(before)) {
                failures.add(endpoint + " " + url + " -> " + status + " but stored something: " + before + " -> " + after);
            }
        }
    }

    private List<String> urls(String template) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        List<String> urls = new ArrayList<>();
        for (String value : HOSTILE_PATH_VALUES) {
            urls.add(template.replaceAll("\\{[^}]+}", value));
        }
        return urls;
    }

    private List<byte[]> bodies(JsonNode operation) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        if (!operation.has("requestBody")) {
            bodies.add(null);
            return bodies;
        }
        bodies.add("{}".getBytes(StandardCharsets.UTF_8));
        bodies.add("{".getBytes(StandardCharsets.UTF_8));
        bodies.add("[]".getBytes(StandardCharsets.UTF_8));
        bodies.add("[".repeat(5000).getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'});
        for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            for (String field : fieldNames(operation)) {
                body.put(field, hostileValue());
            }
            bodies.add(json.writeValueAsBytes(body));
        }
        return bodies;
    }

    /** The schema's property names where springdoc gives them inline or by reference; generic ones otherwise. */
    private List<String> fieldNames(JsonNode operation) {
        List<String> names = new ArrayList<>(List.of("id", "decision", "comment", "requestedStatus", "amount", "date"));
        JsonNode content = operation.path("requestBody").path("content");
        content.forEach(media -> {
            JsonNode schema = media.path("schema");
            String ref = schema.path("$ref").asText("");
            JsonNode properties = schema.path("properties");
            if (!ref.isEmpty()) {
                properties = docs.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)).path("properties");
            }
            properties.fieldNames().forEachRemaining(names::add);
        });
        return names;
    }

    private Object hostileValue() {
        return switch (random.nextInt(8)) {
            case 0 -> HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size()));
            case 1 -> random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            case 2 -> -random.nextInt(1000);
            case 3 -> List.of(HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size())), Map.of("$ne", 1));
            case 4 -> Map.of("nested", Map.of("deeper", List.of(1, "two", Map.of())));
            case 5 -> random.nextDouble() * 1e300;
            case 6 -> null;
            default -> random.nextBoolean();
        };
    }

    private String countAll;

    /**
     * Row counts of our tables in one round trip (the outbox is left out: the sender updates it in the background; so are
     * the rate limits' windows, which count refused requests too, on purpose).
     */
    private Map<String, Long> tableCounts() {
        if (countAll == null) {
            countAll = String.join(" union all ", jdbc.queryForList("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'act\\_%' "
                    + "and table_name not in ('flyway_schema_history', 'outbox_message', 'rate_limit_window')", String.class).stream()
                    .map(t -> "select '" + t + "' as t, count(*) as n from " + t).toList());
        }
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(countAll, rs -> {
            counts.put(rs.getString("t"), rs.getLong("n"));
        });
        return counts;
    }

    private static String abbreviate(byte[] bytes) {
        if (bytes == null) {
            return "";
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
