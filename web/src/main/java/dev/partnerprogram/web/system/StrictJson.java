package dev.partnerprogram.web.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as written: a value of one JSON type is never turned into another Java type. Jackson's defaults read
 * a number as a date (days or seconds since 1970), cut {@code 1.5} to {@code 1}, and take numbers and booleans for text
 * or enum constants; each of those is a 400 naming the field instead. Dates and instants are ISO strings only.
 * Decimal strings stay accepted for numbers (an amount like {@code "10000.50"} keeps its digits exactly); each
 * number's scale is checked by the rule that reads it (amounts: two decimals).
 */
@Configuration
public class StrictJson {

    private static final LogicalType[] NOT_FROM_NUMBERS_OR_BOOLEANS = {LogicalType.DateTime, LogicalType.Textual,
            LogicalType.Enum, LogicalType.Boolean, LogicalType.Integer, LogicalType.Float};

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonCustomizer() {
        return builder -> builder
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .deserializerByType(Instant.class, new IsoStringOnly<>(Instant.class, InstantDeserializer.INSTANT))
                .deserializerByType(OffsetDateTime.class, new IsoStringOnly<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME))
                .deserializerByType(ZonedDateTime.class, new IsoStringOnly<>(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME))
                .postConfigurer(StrictJson::refuseCoercions);
    }

    /**
     * Jackson's instant readers take a number as seconds since 1970 without asking the coercion settings (the local
     * dates do ask); these accept only a string, read as ISO by Jackson's own reader.
     */
    static final class IsoStringOnly<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> iso;

        IsoStringOnly(Class<T> type, JsonDeserializer<T> iso) {
            super(type);
            this.iso = iso;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), p);
            }
            return iso.deserialize(p, context);
        }
    }

    /** Applied to every mapper the application reads requests with (also usable on a plain one, as the tests do). */
    public static ObjectMapper refuseCoercions(ObjectMapper mapper) {
        for (LogicalType type : NOT_FROM_NUMBERS_OR_BOOLEANS) {
            var config = mapper.coercionConfigFor(type);
            config.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            if (type != LogicalType.Integer && type != LogicalType.Float) {
                config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            }
            if (type != LogicalType.Float) {
                config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            }
        }
        return mapper;
    }
}
