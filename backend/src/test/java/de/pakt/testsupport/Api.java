package de.pakt.testsupport;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.filter.log.LogDetail;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;

/**
 * Entry point of every API test. Each request and response is validated against openapi.yaml, so behaviour
 * and contract cannot drift apart. Tests that deliberately send invalid requests use {@link #invalidRequest()},
 * which still validates the response.
 */
public final class Api {

    public static final Path CONTRACT =
            Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter STRICT =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(
                            CONTRACT.toUri().toString())
                    .build());

    private static final OpenApiValidationFilter RESPONSES_ONLY =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(
                            CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private static final OpenApiValidationFilter WITHOUT_TOKEN =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(
                            CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** Decimal numbers as double, so that scores compare exactly with closeTo(4.8, 1e-9). */
    private static RequestSpecification given() {
        return RestAssured.given()
                .config(RestAssured.config()
                        .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.DOUBLE)));
    }

    private Api() {}

    public static RequestSpecification anonymous() {
        return given().filter(STRICT)
                .log()
                .ifValidationFails(LogDetail.ALL)
                .accept("application/json, application/problem+json");
    }

    public static RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification asRole(String role) {
        return as(Tokens.forRole(role));
    }

    /** Calls an operation that needs a token without one (to see the 401); everything else is validated. */
    public static RequestSpecification withoutToken() {
        return given().filter(WITHOUT_TOKEN)
                .log()
                .ifValidationFails(LogDetail.ALL)
                .accept("application/json, application/problem+json");
    }

    /** For requests that break the contract on purpose (missing If-Match, size 500, ...). */
    public static RequestSpecification invalidRequest() {
        return given().filter(RESPONSES_ONLY).log().ifValidationFails(LogDetail.ALL);
    }
}
