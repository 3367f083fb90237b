package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.OpenApiOperations;
import dev.partnerprogram.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document kept in the repository ({@code docs/openapi/openapi.json}, linted by CI before the build) is the
 * one the application serves. When they differ the test writes the served one over the file and fails, so the change
 * is seen in review and committed with the code that caused it.
 */
class OpenApiDocumentTest extends IntegrationTest {
    /** Surefire runs in the module's folder; the document lives beside the other docs at the project's root. */
    private static final Path COMMITTED = Path.of("..", "docs", "openapi", "openapi.json");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theCommittedDocumentIsTheOneTheApplicationServes() throws Exception {
        String served = json.writeValueAsString(OpenApiOperations.document(api)) + "\n";
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!served.equals(committed)) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(committed).as(COMMITTED.normalize() + " is out of date: it has been rewritten with what /v3/api-docs "
                + "serves; review the difference and commit it").isEqualTo(served);
    }

    /**
     * The required fields the document shows for the main creations are the ones the server asks for: an empty body
     * is refused with every one of them named in the same answer.
     */
    @Test
    void theRequiredFieldsOfTheDocumentAreTheOnesTheServerNamesWhenTheyAreMissing() {
        JsonNode document = OpenApiOperations.document(api);
        Scenario.Partner partner = new Scenario(api).registerCompany("en");
        // Those a newly registered company may call (joint events and compensations need a status first).
        for (String path : List.of("/api/registrations", "/api/applications", "/api/certifications")) {
            List<String> required = required(document, path);
            assertThat(required).as("required fields of POST " + path).isNotEmpty();

            var response = partner.api().post(path, Map.of());

            assertThat(response.getStatusCode().value()).as("POST " + path + " {}").isEqualTo(400);
            List<String> named = new ArrayList<>();
            response.getBody().get("errors").forEach(error -> named.add(error.get("field").asText()));
            assertThat(named).as("fields refused by POST " + path).containsAll(required);
        }
    }

    /**
     * Nested types of the same simple name once shared one schema, so a compensation's lines were described with the
     * fields of the discount calculator's (and a generated client read no line ids). Each has its own now.
     */
    @Test
    void aCompensationsLinesAreDescribedByTheirOwnSchema() {
        JsonNode document = OpenApiOperations.document(api);
        String ref = document.at("/components/schemas/CompensationResponse/properties/lines/items/$ref").asText();
        List<String> properties = new ArrayList<>();
        document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1) + "/properties").fieldNames()
                .forEachRemaining(properties::add);

        assertThat(properties).contains("id", "lineNo", "amount", "decision", "acceptedAmount").doesNotContain("listPrice");
    }

    private static List<String> required(JsonNode document, String path) {
        String ref = document.at("/paths/" + path.replace("/", "~1") + "/post/requestBody/content/application~1json/schema/$ref")
                .asText();
        List<String> required = new ArrayList<>();
        document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1) + "/required")
                .forEach(field -> required.add(field.asText()));
        return required;
    }
}
