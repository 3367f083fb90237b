package dev.partnerprogram.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;

/** The operations of the application's OpenAPI document, so tests cover endpoints added later without being edited. */
public final class OpenApiOperations {

    /** One method on one path template, with its OpenAPI description (request body, parameters). */
    public record Operation(HttpMethod method, String path, JsonNode description) {
        /** "GET /api/applications/{id}": how tests name an operation. */
        public String name() {
            return method.name() + " " + path;
        }

        public boolean hasRequestBody() {
            return description.has("requestBody");
        }
    }

    private OpenApiOperations() {}

    public static JsonNode document(ApiClient api) {
        var response = api.anonymous().get("/v3/api-docs");
        if (response.getStatusCode().value() != 200 || response.getBody() == null || !response.getBody().has("paths")) {
            throw new AssertionError("/v3/api-docs answered " + response.getStatusCode() + ": " + response.getBody());
        }
        return response.getBody();
    }

    public static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                operations.add(new Operation(HttpMethod.valueOf(method.toUpperCase()), path.getKey(), path.getValue().get(method)));
            }
        }
        return operations;
    }
}
