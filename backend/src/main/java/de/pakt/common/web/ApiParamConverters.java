package de.pakt.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.common.i18n.Message;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.ProblemType;
import de.pakt.common.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Path and query parameters of the contract's types: enums, UUIDs, whole numbers, booleans, dates. JAX-RS would answer
 * a value it cannot convert with 404 (or read "ja" as false); a client deserves a 400 that names the parameter and
 * what it accepts. One converter class per type: Quarkus REST keeps converters per class.
 */
@Provider
public class ApiParamConverters implements ParamConverterProvider {

    private static final String API_MODEL_PACKAGE = "de.pakt.api.model";

    @Inject
    Problems problems;

    @Inject
    HttpServerRequest request;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String declared = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new UuidParam(declared);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new IntegerParam(declared);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new LongParam(declared);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new BooleanParam(declared);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new DateParam(declared);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new DateTimeParam(declared);
        }
        if (rawType.isEnum() && rawType.getPackageName().equals(API_MODEL_PACKAGE)) {
            return new EnumParam(declared, rawType);
        }
        return null;
    }

    /** Converts with {@link #parse}; anything it refuses becomes a 400 naming the parameter and {@link #expected}. */
    private abstract class Checked<T> implements ParamConverter<T> {
        private final String declared;
        private final Message expected;

        Checked(String declared, Message expected) {
            this.declared = declared;
            this.expected = expected;
        }

        abstract T parse(String value);

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse(value.strip());
            } catch (BadRequestException e) {
                throw e;
            } catch (RuntimeException e) {
                throw invalid(value, expected);
            }
        }

        BadRequestException invalid(String value, Message message) {
            String name = declared != null ? declared : parameterWithValue(value);
            return new BadRequestException(problems.response(
                    ProblemType.VALIDATION, ProblemException.countText(1), List.of(new FieldViolation(name, message))));
        }

        LocalDate inRange(LocalDate date, String value) {
            if (!InputRules.dateInRange(date)) {
                throw invalid(value, InputRules.DATE_RANGE_MESSAGE);
            }
            return date;
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    private final class UuidParam extends Checked<UUID> {
        UuidParam(String declared) {
            super(declared, InputRules.UUID_MESSAGE);
        }

        @Override
        UUID parse(String value) {
            if (!InputRules.isUuid(value)) {
                throw new IllegalArgumentException(value);
            }
            return UUID.fromString(value);
        }
    }

    private final class IntegerParam extends Checked<Integer> {
        IntegerParam(String declared) {
            super(declared, Message.of("common.field.integerUpTo", Integer.MAX_VALUE));
        }

        @Override
        Integer parse(String value) {
            return Integer.valueOf(value);
        }
    }

    private final class LongParam extends Checked<Long> {
        LongParam(String declared) {
            super(declared, Message.of("common.field.integer"));
        }

        @Override
        Long parse(String value) {
            return Long.valueOf(value);
        }
    }

    private final class BooleanParam extends Checked<Boolean> {
        BooleanParam(String declared) {
            super(declared, Message.of("common.field.boolean"));
        }

        @Override
        Boolean parse(String value) {
            return switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(value);
            };
        }
    }

    private final class DateParam extends Checked<LocalDate> {
        DateParam(String declared) {
            super(declared, Message.of("common.field.date"));
        }

        @Override
        LocalDate parse(String value) {
            return inRange(LocalDate.parse(value), value);
        }
    }

    private final class DateTimeParam extends Checked<OffsetDateTime> {
        DateTimeParam(String declared) {
            super(declared, Message.of("common.field.dateTime"));
        }

        @Override
        OffsetDateTime parse(String value) {
            OffsetDateTime time = OffsetDateTime.parse(value);
            inRange(time.toLocalDate(), value);
            return time;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private final class EnumParam extends Checked {
        private final Class<? extends Enum> type;

        EnumParam(String declared, Class<?> type) {
            super(
                    declared,
                    Message.of(
                            "common.field.oneOf",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Object::toString)
                                    .collect(Collectors.joining(", "))));
            this.type = (Class<? extends Enum>) type;
        }

        @Override
        Object parse(String value) {
            return Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.toString().equals(value))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(value));
        }
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    /** Converters are not always told their parameter's name; the query string knows which one had the value. */
    private String parameterWithValue(String value) {
        return request.params().entries().stream()
                .filter(e ->
                        value.equals(e.getValue()) || value.equals(e.getValue().strip()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("parameter");
    }
}
