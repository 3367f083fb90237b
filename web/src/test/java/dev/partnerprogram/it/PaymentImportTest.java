package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payments to the vendor, recorded one by one or imported as CSV: all lines or none, with every bad line named. */
class PaymentImportTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));

    private Scenario.Partner partner;
    private String taxId;

    @BeforeEach
    void authorizedPartner() {
        partner = scenario.authorizedPartner();
        taxId = partner.api().get("/api/partners/" + partner.partnerId()).getBody().get("taxId").asText();
    }

    @Test
    void goodFile_isImported_andFeedsTheUniversityFund() {
        String csv = "taxId;paidOn;amount;kind;reference\n"
                + taxId + ";" + TODAY + ";600 000,00;SOFTWARE;INV-1\n"
                + "\n"
                + taxId + ";" + TODAY + ";\"400000\";subscription;\"INV-2; renewal\"\n";

        var imported = importCsv(csv);

        assertThat(imported.getStatusCode().value()).as(String.valueOf(imported.getBody())).isEqualTo(201);
        assertThat(imported.getBody().get("imported").asInt()).isEqualTo(2);
        assertThat(imported.getBody().get("total").decimalValue()).isEqualByComparingTo("1000000");
        JsonNode listed = scenario.admin().get("/api/admin/payments?partnerId=" + partner.partnerId()).getBody();
        assertThat(listed.get("total").asLong()).isEqualTo(2);
        assertThat(listed.toString()).contains("INV-2; renewal", "SUBSCRIPTION", "IMPORT");
        assertThat(fund()).isEqualByComparingTo("5000.00");
    }

    @Test
    void fileWithBadLines_isRefusedAsAWhole_withLineFieldAndReason() {
        String csv = "taxId,paidOn,amount,kind,reference\n"
                + taxId + "," + TODAY + ",1000.00,SOFTWARE,OK-1\n"
                + "0000000000," + TODAY + ",1000.00,SOFTWARE,X-2\n"
                + taxId + ",31.12.2026,1000.00,SOFTWARE,X-3\n"
                + taxId + "," + TODAY + ",-5,SOFTWARE,X-4\n"
                + taxId + "," + TODAY + ",10.001,LICENCE,X-5\n"
                + taxId + "," + TODAY.plusDays(1) + ",1000.00,SOFTWARE,OK-1\n";

        var refused = importCsv(csv);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        List<String> errors = new ArrayList<>();
        refused.getBody().get("errors").forEach(e -> errors.add(e.get("line").asInt() + ":" + e.get("field").asText()));
        assertThat(errors).containsExactly("3:taxId", "4:paidOn", "5:amount", "6:amount", "6:kind", "7:paidOn", "7:reference");
        assertThat(scenario.admin().get("/api/admin/payments?partnerId=" + partner.partnerId()).getBody().get("total").asLong()).isZero();
        assertThat(fund()).isEqualByComparingTo("0");
    }

    @Test
    void missingColumnsAndEmptyFiles_areRefused() {
        var noKind = importCsv("taxId;paidOn;amount\n" + taxId + ";" + TODAY + ";100\n");
        assertThat(noKind.getStatusCode().value()).isEqualTo(400);
        assertThat(noKind.getBody().get("errors").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(noKind.getBody().get("errors").get(0).get("message").asText()).contains("kind");
        assertThat(importCsv("taxId;paidOn;amount;kind\n").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void singlePayment_isCheckedField_byField_andOnlyAdministratorsRecordPayments() {
        var bad = scenario.admin().post("/api/admin/payments", Map.of("partnerId", partner.partnerId(),
                "paidOn", TODAY.plusDays(3).toString(), "amount", "0", "kind", "SOFTWARE"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("errors").toString()).contains("paidOn", "amount");

        var good = scenario.admin().post("/api/admin/payments", Map.of("taxId", taxId, "paidOn", TODAY.toString(),
                "amount", "20000.50", "kind", "SUBSCRIPTION", "reference", "R-1"));
        assertThat(good.getStatusCode().value()).isEqualTo(201);
        assertThat(scenario.admin().post("/api/admin/payments", Map.of("taxId", taxId, "paidOn", TODAY.toString(),
                "amount", "1", "kind", "SUBSCRIPTION", "reference", "R-1")).getStatusCode().value()).isEqualTo(400);
        assertThat(fund()).isEqualByComparingTo("100.00");

        assertThat(partner.api().post("/api/admin/payments", Map.of("partnerId", partner.partnerId(), "paidOn", TODAY.toString(),
                "amount", "1", "kind", "SOFTWARE")).getStatusCode().value()).isEqualTo(403);
        assertThat(scenario.reviewer().get("/api/admin/payments").getStatusCode().value()).isEqualTo(403);
    }

    private org.springframework.http.ResponseEntity<JsonNode> importCsv(String csv) {
        return scenario.admin().upload("/api/admin/payments/import", "payments.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private java.math.BigDecimal fund() {
        return partner.api().get("/api/partners/" + partner.partnerId() + "/benefits").getBody().get("universityFund").decimalValue();
    }
}
