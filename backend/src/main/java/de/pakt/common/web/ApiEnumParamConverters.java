package de.pakt.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * Parameters of the contract's enum types and UUIDs. JAX-RS would answer an unknown value or a malformed id with 404;
 * a client deserves a 400 that names the parameter and what it accepts.
 */
@Provider
public class ApiEnumParamConverters implements ParamConverterProvider {

    private static final String API_MODEL_PACKAGE = "de.pakt.api.model";

    @Inject
    Problems problems;

    @Inject
    HttpServerRequest request;

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new UuidConverter(parameterName(annotations));
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new IntegerConverter(parameterName(annotations));
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new LongConverter(parameterName(annotations));
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new BooleanConverter(parameterName(annotations));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new DateConverter<>(parameterName(annotations), LocalDate::parse, d -> d, "ein Datum (JJJJ-MM-TT)");
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new DateConverter<>(parameterName(annotations), OffsetDateTime::parse, OffsetDateTime::toLocalDate,
                    "ein Zeitpunkt (z. B. 2026-11-30T09:00:00+01:00)");
        }
        if (!rawType.isEnum() || !rawType.getPackageName().equals(API_MODEL_PACKAGE)) {
            return null;
        }
        String declared = parameterName(annotations);
        Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                for (Enum constant : enumType.getEnumConstants()) {
                    if (constant.toString().equals(value)) {
                        return (T) constant;
                    }
                }
                String allowed = Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
                String name = declared != null ? declared : parameterWithValue(value, rawType.getSimpleName());
                throw invalid(name, "muss einer dieser Werte sein: " + allowed);
            }

            /** The converter is not told its parameter's name; the query string is. */
            private String parameterWithValue(String value, String fallback) {
                return request.params().entries().stream().filter(e -> value.equals(e.getValue())).map(Map.Entry::getKey)
                        .findFirst().orElse(fallback);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private BadRequestException invalid(String parameter, String message) {
        return new BadRequestException(problems.response(ProblemType.VALIDATION, ProblemException.countText(1),
                List.of(new FieldViolation(parameter, message))));
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

    /** Whole numbers in query parameters (page, size, ...): a 400 naming the parameter, never JAX-RS's 404. */
    private final class IntegerConverter implements ParamConverter<Integer> {
        private final String parameter;

        IntegerConverter(String parameter) {
            this.parameter = parameter == null ? "number" : parameter;
        }

        @Override
        public Integer fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw invalid(parameter, "muss eine ganze Zahl bis " + Integer.MAX_VALUE + " sein");
            }
        }

        @Override
        public String toString(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    private final class LongConverter implements ParamConverter<Long> {
        private final String parameter;

        LongConverter(String parameter) {
            this.parameter = parameter == null ? "number" : parameter;
        }

        @Override
        public Long fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Long.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw invalid(parameter, "muss eine ganze Zahl sein");
            }
        }

        @Override
        public String toString(Long value) {
            return value == null ? null : value.toString();
        }
    }

    /** Only "true" and "false": JAX-RS would read every other word as false. */
    private final class BooleanConverter implements ParamConverter<Boolean> {
        private final String parameter;

        BooleanConverter(String parameter) {
            this.parameter = parameter == null ? "flag" : parameter;
        }

        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            return switch (value.strip()) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid(parameter, "muss true oder false sein");
            };
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }

    /** Dates in query parameters: ISO 8601 and within the API's date range, like dates in bodies. */
    private final class DateConverter<D> implements ParamConverter<D> {
        private final String parameter;
        private final Function<String, D> parse;
        private final Function<D, LocalDate> day;
        private final String what;

        DateConverter(String parameter, Function<String, D> parse, Function<D, LocalDate> day, String what) {
            this.parameter = parameter == null ? "date" : parameter;
            this.parse = parse;
            this.day = day;
            this.what = what;
        }

        @Override
        public D fromString(String value) {
            if (value == null) {
                return null;
            }
            D parsed;
            try {
                parsed = parse.apply(value.strip());
            } catch (DateTimeParseException e) {
                throw invalid(parameter, "muss " + what + " sein");
            }
            if (!InputRules.dateInRange(day.apply(parsed))) {
                throw invalid(parameter, InputRules.DATE_RANGE_MESSAGE);
            }
            return parsed;
        }

        @Override
        public String toString(D value) {
            return value == null ? null : value.toString();
        }
    }

    private final class UuidConverter implements ParamConverter<UUID> {
        private final String parameter;

        UuidConverter(String parameter) {
            this.parameter = parameter;
        }

        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            // UUID.fromString accepts short forms such as "1-2-3-4-5"; the contract's ids are the canonical 36 characters.
            if (value.length() != 36) {
                throw invalid(parameter == null ? "id" : parameter, "muss eine UUID sein (z. B. 5b0f4c9e-2f7e-4a38-9d6b-3b1f0a7c2d11)");
            }
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                throw invalid(parameter == null ? "id" : parameter, "muss eine UUID sein (z. B. 5b0f4c9e-2f7e-4a38-9d6b-3b1f0a7c2d11)");
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
