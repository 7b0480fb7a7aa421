package de.pakt.common.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

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

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read strictly, in one place for every operation: a value must have the type the contract
 * declares (no float to integer, no number to string, no "true" to boolean), text carries no control characters
 * (PostgreSQL refuses NUL, and nobody types a BEL), and dates stay within {@link InputRules#MIN_YEAR}…
 * {@link InputRules#MAX_YEAR}. Each refusal is a {@link MismatchedInputException} with the field's path, so the
 * problem mapper answers 400 and names the field.
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
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean, LogicalType.Textual,
                LogicalType.DateTime }) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual || type == LogicalType.DateTime
                            ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
        }
        SimpleModule module = new SimpleModule("pakt-strict-input");
        module.addDeserializer(String.class, new CleanText());
        module.addDeserializer(LocalDate.class, new BoundedDate());
        module.addDeserializer(OffsetDateTime.class, new BoundedDateTime());
        mapper.registerModule(module);
    }

    /** Thrown for a value of the right type with content the API never accepts; its message is for people. */
    public static final class RefusedValue extends MismatchedInputException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        RefusedValue(JsonParser parser, Class<?> type, String reason) {
            super(parser, reason, type);
            this.reason = reason;
        }

        public String reason() {
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

    static final class BoundedDate extends StdScalarDeserializer<LocalDate> {
        private static final long serialVersionUID = 1L;

        BoundedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parser.getText().strip());
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, "date", parser.getText(), LocalDate.class);
            }
            if (!InputRules.dateInRange(date)) {
                throw new RefusedValue(parser, LocalDate.class, InputRules.DATE_RANGE_MESSAGE);
            }
            return date;
        }
    }

    static final class BoundedDateTime extends StdScalarDeserializer<OffsetDateTime> {
        private static final long serialVersionUID = 1L;

        BoundedDateTime() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            OffsetDateTime time;
            try {
                time = OffsetDateTime.parse(parser.getText().strip());
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(parser, "date-time", parser.getText(), OffsetDateTime.class);
            }
            if (!InputRules.dateInRange(time.toLocalDate())) {
                throw new RefusedValue(parser, OffsetDateTime.class, InputRules.DATE_RANGE_MESSAGE);
            }
            return time;
        }
    }
}
