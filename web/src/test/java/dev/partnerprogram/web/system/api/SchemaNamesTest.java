package dev.partnerprogram.web.system.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** Each Java type of the API gets a schema of its own, and two types that would share a name stop the document. */
class SchemaNamesTest {

    static final class CompensationView {
        record Line(long id, String decision) {}
    }

    static final class DiscountCalculator {
        record Line(String item, int quantity) {}
    }

    record Claim(List<CompensationView.Line> lines, DiscountCalculator.Line priced) {}

    @RestController
    static final class ReceiptApi {
        record Receipt(long id) {}
    }

    @Schema(name = "Shared")
    record First(long first) {}

    @Schema(name = "Shared")
    record Second(String second) {}

    record Both(First first, Second second) {}

    @Test
    void nestedTypesOfTheSameSimpleNameGetSchemasOfTheirOwn_eachWithItsFields() {
        Map<String, io.swagger.v3.oas.models.media.Schema<?>> schemas = resolve(Claim.class);

        assertThat(schemas).containsKeys("SchemaNamesTestCompensationLine", "SchemaNamesTestDiscountCalculatorLine")
                .doesNotContainKey("Line");
        assertThat(schemas.get("SchemaNamesTestCompensationLine").getProperties()).containsOnlyKeys("id", "decision");
        assertThat(schemas.get("SchemaNamesTestDiscountCalculatorLine").getProperties()).containsOnlyKeys("item", "quantity");
        assertThat(schemas.get("SchemaNamesTestClaim").getProperties().get("priced").get$ref())
                .isEqualTo("#/components/schemas/SchemaNamesTestDiscountCalculatorLine");
    }

    @Test
    void aRecordDeclaredInAnApiClassKeepsItsName() {
        assertThat(resolve(ReceiptApi.Receipt.class)).containsOnlyKeys("Receipt");
    }

    @Test
    void twoTypesThatWouldShareASchemaNameFailTheDocument_namingBoth() {
        assertThatThrownBy(() -> resolve(Both.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Shared").hasMessageContaining(First.class.getName())
                .hasMessageContaining(Second.class.getName());
    }

    @Test
    void anEnclosingNameSaysWhatTheInnerNameDoesNot() {
        assertThat(SchemaNames.qualified("Compensation", "Line")).isEqualTo("CompensationLine");
        assertThat(SchemaNames.qualified("Compensation", "CompensationLine")).isEqualTo("CompensationLine");
        assertThat(SchemaNames.qualified("CompanyUsers", "CompanyUser")).isEqualTo("CompanyUser");
        assertThat(SchemaNames.qualified("SubjectComments", "CommentView")).isEqualTo("SubjectCommentView");
        assertThat(SchemaNames.qualified("Line", "Lineage")).isEqualTo("LineLineage");
        assertThat(SchemaNames.qualified("ProcessDiagrams", "Diagram")).isEqualTo("ProcessDiagram");
    }

    private static Map<String, io.swagger.v3.oas.models.media.Schema<?>> resolve(Class<?> type) {
        var context = new ModelConverterContextImpl(new ModelResolver(Json31.mapper(), new SchemaNames()).openapi31(true));
        context.resolve(new AnnotatedType(type));
        Map<String, io.swagger.v3.oas.models.media.Schema<?>> schemas = new HashMap<>();
        context.getDefinedModels().forEach(schemas::put);
        return schemas;
    }
}
