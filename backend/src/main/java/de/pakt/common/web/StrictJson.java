package de.pakt.common.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import de.pakt.common.i18n.Message;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly, in one place for every operation: a value must have the type the contract
 * declares (no float to integer, no number to string, no "true" to boolean), text carries no control characters
 * (PostgreSQL refuses NUL, and nobody types a BEL), and dates stay within {@link InputRules#MIN_YEAR}…
 * {@link InputRules#MAX_YEAR}, and no list holds a null entry. Each refusal is a {@link MismatchedInputException}
 * with the field's path, so the problem mapper answers 400 and names the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus's own customizers, which register the java.time module: these date readers must win. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        // No null inside a list or map ({"partners":[null]}): no operation gives an empty entry a meaning, and the
        // services would meet it as a NullPointerException, a 500.
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // Numbers and booleans only from their own JSON tokens (a float never becomes an integer, see above); text from
        // strings only, which CleanText enforces.
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float)) {
            refuse(mapper, type, CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean);
        }
        refuse(
                mapper,
                LogicalType.Boolean,
                CoercionInputShape.String,
                CoercionInputShape.EmptyString,
                CoercionInputShape.Integer,
                CoercionInputShape.Float);
        SimpleModule module = new SimpleModule("pakt-strict-input");
        module.addDeserializer(String.class, new CleanText());
        module.addDeserializer(
                LocalDate.class, new BoundedTemporal<>(LocalDate.class, LocalDate::parse, d -> d, "date"));
        module.addDeserializer(
                OffsetDateTime.class,
                new BoundedTemporal<>(
                        OffsetDateTime.class, OffsetDateTime::parse, OffsetDateTime::toLocalDate, "date-time"));
        mapper.registerModule(module);
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Thrown for a value of the right type with content the API never accepts; its message is for people. */
    public static final class RefusedValue extends MismatchedInputException {
        private static final long serialVersionUID = 1L;
        private final transient Message reason;

        RefusedValue(JsonParser parser, Class<?> type, Message reason) {
            super(parser, reason.toString(), type);
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }

    static final class CleanText extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            if (InputRules.hasForbiddenControlCharacter(text)) {
                throw new RefusedValue(parser, String.class, InputRules.CONTROL_CHARACTER_MESSAGE);
            }
            return text;
        }
    }

    /** LocalDate and OffsetDateTime alike: ISO 8601 text, within {@link InputRules#dateInRange}. */
    static final class BoundedTemporal<T> extends StdScalarDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;
        private final transient Function<T, LocalDate> day;
        private final String format;

        BoundedTemporal(Class<T> type, Function<String, T> parse, Function<T, LocalDate> day, String format) {
            super(type);
            this.parse = parse;
            this.day = day;
            this.format = format;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            T value;
            try {
                value = parse.apply(parser.getText().strip());
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, format, parser.getText(), handledType());
            }
            if (!InputRules.dateInRange(day.apply(value))) {
                throw new RefusedValue(parser, handledType(), InputRules.DATE_RANGE_MESSAGE);
            }
            return value;
        }
    }
}
