package de.pakt.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemType;
import de.pakt.common.problem.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query parameters of the contract's enum types. JAX-RS would answer an unknown value with 404; a client
 * deserves a 400 that names the parameter and the values it accepts.
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
        if (!rawType.isEnum() || !rawType.getPackageName().equals(API_MODEL_PACKAGE)) {
            return null;
        }
        String declared = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
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
                throw new BadRequestException(problems.response(ProblemType.VALIDATION, "1 Feld ist ungültig.",
                        List.of(new FieldViolation(name, "muss einer dieser Werte sein: " + allowed))));
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
}
