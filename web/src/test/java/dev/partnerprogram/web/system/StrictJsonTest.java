package dev.partnerprogram.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The application's JSON reader refuses every coercion of a number or a boolean into another type. */
class StrictJsonTest {

    enum Colour { RED, GREEN }

    record Body(LocalDate date, Instant at, LocalDateTime local, OffsetDateTime offset, YearMonth month, Integer count,
                Long id, int primitive, BigDecimal amount, String text, Boolean flag, Colour colour) {}

    private final ObjectMapper json = mapper();

    private static ObjectMapper mapper() {
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        new StrictJson().strictJsonCustomizer().customize(builder);
        return builder.build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"date", "at", "local", "offset", "month"})
    void datesAndInstants_areIsoStringsOnly(String field) {
        for (String number : new String[] {"20000", "1.5e9", "-1", "true"}) {
            assertRefused("{\"" + field + "\": " + number + "}", field);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"count", "id", "primitive"})
    void integers_refuseFractionsAndBooleans(String field) {
        assertRefused("{\"" + field + "\": 1.5}", field);
        assertRefused("{\"" + field + "\": 1.0}", field);
        assertRefused("{\"" + field + "\": true}", field);
    }

    @Test
    void textBooleansAndEnums_refuseNumbers_andNullIsNoZero() {
        assertRefused("{\"text\": 12}", "text");
        assertRefused("{\"text\": 1.5}", "text");
        assertRefused("{\"text\": false}", "text");
        assertRefused("{\"flag\": 1}", "flag");
        assertRefused("{\"colour\": 0}", "colour");
        assertRefused("{\"amount\": true}", "amount");
        assertRefused("{\"primitive\": null}", "primitive");
    }

    @Test
    void wellTypedValues_andDecimalStringsForNumbers_areRead() throws Exception {
        Body body = json.readValue("""
                {"date": "2026-12-03", "at": "2026-12-03T10:15:30Z", "local": "2026-12-03T10:15:30",
                 "offset": "2026-12-03T10:15:30+03:00", "month": "2026-12", "count": 3, "id": 7, "primitive": 1,
                 "amount": "10000.50", "text": "x", "flag": true, "colour": "GREEN"}""", Body.class);

        assertThat(body.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(body.at()).isEqualTo(Instant.parse("2026-12-03T10:15:30Z"));
        assertThat(body.count()).isEqualTo(3);
        assertThat(body.amount()).isEqualByComparingTo("10000.50");
        assertThat(body.colour()).isEqualTo(Colour.GREEN);
        assertThat(json.readValue("{\"amount\": 12.25, \"primitive\": 0}", Body.class).amount()).isEqualByComparingTo("12.25");
    }

    private void assertRefused(String body, String field) {
        assertThatThrownBy(() -> json.readValue(body, Body.class)).as(body)
                .isInstanceOfSatisfying(MismatchedInputException.class,
                        e -> assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly(field));
    }
}
