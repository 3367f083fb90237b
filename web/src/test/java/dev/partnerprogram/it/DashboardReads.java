package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.ApiClient;
import java.util.ArrayList;
import java.util.List;

/** Dashboard answers as the manager of the integration tests reads them. */
final class DashboardReads {
    private final ApiClient api;
    private final String password;

    DashboardReads(ApiClient api, String password) {
        this.api = api;
        this.password = password;
    }

    /** The table's rows as the API gives them, every value as text; numbers compare by value (1000000.00 = 1000000). */
    List<List<String>> rows(String table, String query) {
        JsonNode body = get("/api/dashboard/tables/" + table + "?" + query);
        List<List<String>> rows = new ArrayList<>();
        body.get("rows").forEach(r -> {
            List<String> row = new ArrayList<>();
            r.forEach(v -> row.add(v.isNull() ? "" : v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText()));
            rows.add(row);
        });
        return rows;
    }

    JsonNode get(String path) {
        var response = api.as("it-manager", password).get(path);
        assertThat(response.getStatusCode().value()).as(path + " " + response.getBody()).isEqualTo(200);
        return response.getBody();
    }
}
