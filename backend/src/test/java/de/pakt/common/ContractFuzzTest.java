package de.pakt.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract fuzzer: every operation of openapi.yaml, called with a token of a role it allows, receives malformed
 * variants of a valid request — wrong types, missing, null and extra fields, boundary and huge numbers, long strings,
 * control characters and NUL, emoji, impossible and out-of-range dates, bad UUIDs, huge pages, missing or wrong
 * media types, broken JSON. No answer may be a 5xx, and every answer must be one the contract documents for that
 * operation (status, media type, body schema).
 * <p>
 * Seeded: {@code -Dfuzz.seed=…} reproduces a run; {@code -Dfuzz.variants=…} sets the variants per operation.
 * The figures (operations, requests, status histogram) go to target/contract-fuzz.txt.
 */
@QuarkusTest
class ContractFuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20_261_130L);
    static final int VARIANTS_PER_OPERATION = Integer.getInteger("fuzz.variants", 28);
    static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    record Variant(String what, Consumer<Call> change) {}

    /** One request being built: path, query, headers and body (a JSON tree, or raw text when {@code raw} is set). */
    static final class Call {
        final Map<String, String> pathParams = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        Object body;
        String raw;
        String contentType;
    }

    @Test
    void noMalformedRequestGetsA5xxOrAnAnswerOutsideTheContract() throws IOException {
        Map<String, String> ids = fixtureIds();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(Api.CONTRACT.toString(), null, options);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(
                        Api.CONTRACT.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        Random random = new Random(SEED);
        Map<Integer, Integer> histogram = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().readOperationsMap().entrySet()) {
                Operation op = entry.getValue();
                operations++;
                List<Parameter> parameters = new ArrayList<>();
                if (path.getValue().getParameters() != null) {
                    parameters.addAll(path.getValue().getParameters());
                }
                if (op.getParameters() != null) {
                    parameters.addAll(op.getParameters());
                }
                List<Variant> variants = variants(op, parameters, random);
                for (Variant variant : variants) {
                    Call call = validCall(path.getKey(), entry.getKey(), op, parameters, ids);
                    variant.change().accept(call);
                    Response response = send(path.getKey(), entry.getKey(), call, token(op));
                    requests++;
                    histogram.merge(response.statusCode(), 1, Integer::sum);
                    String where = entry.getKey() + " " + path.getKey() + " (" + op.getOperationId() + ") with "
                            + variant.what();
                    if (response.statusCode() >= 500) {
                        failures.add(where + " → " + response.statusCode() + " " + response.asString());
                        continue;
                    }
                    ValidationReport report = validator.validateResponse(
                            actualPath(path.getKey(), call),
                            Request.Method.valueOf(entry.getKey().name()),
                            simple(response));
                    if (report.hasErrors()) {
                        failures.add(where + " → " + response.statusCode() + " outside the contract: "
                                + report.getMessages().stream()
                                        .map(ValidationReport.Message::getMessage)
                                        .toList());
                    }
                }
            }
        }
        String summary = "seed " + SEED + ", " + operations + " operations, " + requests + " requests, statuses "
                + histogram + ", failures " + failures.size();
        Files.writeString(Path.of("target", "contract-fuzz.txt"), summary + "\n" + String.join("\n", failures) + "\n");
        System.out.println("[contract fuzz] " + summary);
        assertTrue(
                failures.isEmpty(),
                summary + "\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    /**
     * Not left to the seed: every list of every request body, sent with a null entry ({@code "partners":[null]}),
     * is a 400 that names the entry, never a 500 from a service that met the null.
     */
    @Test
    void noListInARequestBodyTakesANullEntry() {
        Map<String, String> ids = fixtureIds();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(Api.CONTRACT.toString(), null, options);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.getValue().readOperationsMap().entrySet()) {
                Operation op = entry.getValue();
                MediaType json = op.getRequestBody() == null
                        ? null
                        : op.getRequestBody().getContent().get("application/json");
                if (json == null || json.getSchema() == null || json.getSchema().getProperties() == null) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                if (path.getValue().getParameters() != null) {
                    parameters.addAll(path.getValue().getParameters());
                }
                if (op.getParameters() != null) {
                    parameters.addAll(op.getParameters());
                }
                if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()) && !ids.containsKey(p.getName()))) {
                    continue; // no object of the fuzzer's own to name in the path
                }
                // The body's own lists from the schema, and the lists inside its objects from a valid request.
                Set<List<Object>> lists = new LinkedHashSet<>();
                json.getSchema().getProperties().forEach((field, property) -> {
                    if ("array".equals(((Schema<?>) property).getType())) {
                        lists.add(List.of(field));
                    }
                });
                nestedLists(validCall(path.getKey(), entry.getKey(), op, parameters, ids).body, List.of(), lists);
                for (List<Object> at : lists) {
                    sent++;
                    Call call = validCall(path.getKey(), entry.getKey(), op, parameters, ids);
                    List<Object> withNull = new ArrayList<>();
                    withNull.add(null);
                    putAt(bodyMap(call), at, withNull);
                    Response response = send(path.getKey(), entry.getKey(), call, token(op));
                    String expected = fieldName(at) + "[0]";
                    String named = response.statusCode() == 400 ? response.path("errors[0].field") : null;
                    if (!expected.equals(named)) {
                        String answer = response.asString();
                        failures.add(entry.getKey() + " " + path.getKey() + " with " + fieldName(at) + ":[null] → "
                                + response.statusCode() + " " + answer.substring(0, Math.min(300, answer.length())));
                    }
                }
            }
        }
        System.out.println("[contract fuzz] " + sent + " lists sent with a null entry, failures " + failures.size());
        assertTrue(sent > 20, "the contract's request bodies have lists: " + sent);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * Paths of the lists inside the objects of a valid body (none in the contract's examples today; one added later
     * is covered).
     */
    static void nestedLists(Object value, List<Object> at, Set<List<Object>> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> nestedLists(inner, append(at, key), found));
        } else if (value instanceof List<?> list) {
            if (at.size() > 1) {
                found.add(at);
            }
            for (int i = 0; i < list.size(); i++) {
                nestedLists(list.get(i), append(at, i), found);
            }
        }
    }

    static List<Object> append(List<Object> at, Object step) {
        List<Object> longer = new ArrayList<>(at);
        longer.add(step);
        return List.copyOf(longer);
    }

    @SuppressWarnings("unchecked")
    static void putAt(Map<String, Object> body, List<Object> at, Object value) {
        Object parent = body;
        for (Object step : at.subList(0, at.size() - 1)) {
            parent = step instanceof Integer i
                    ? ((List<Object>) parent).get(i)
                    : ((Map<String, Object>) parent).get(step);
        }
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer i) {
            ((List<Object>) parent).set(i, value);
        } else {
            ((Map<String, Object>) parent).put((String) last, value);
        }
    }

    /** As the problem answer names a field: {@code criteria[0].keys}. */
    static String fieldName(List<Object> at) {
        StringBuilder name = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer i) {
                name.append('[').append(i).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    // ------------------------------------------------------------------ valid request

    /** The fuzzer's own objects (never another test's) and its own topic, so its writes change nothing others rely on. */
    static Map<String, String> fixtureIds() {
        TestWorld w = TestWorld.create();
        String topicId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("name", "Fuzz-Thema " + UUID.randomUUID()))
                .post("/api/v1/topics")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("programId", w.programId());
        ids.put("roundId", w.decisionRoundId());
        ids.put("applicationId", w.applicationId());
        ids.put("decisionId", w.decisionId());
        ids.put("siteId", w.siteId());
        ids.put("facilitatorId", w.facilitatorId());
        ids.put("bookingId", w.bookingId());
        ids.put("goalId", w.goalId());
        ids.put("measureId", w.measureId());
        ids.put("milestoneId", w.milestoneId());
        ids.put("eventId", w.eventId());
        ids.put("registrationId", w.registrationId());
        ids.put("goodPracticeId", w.goodPracticeId());
        ids.put("topicId", topicId);
        ids.put("key", RoundFixtures.MESSKIRCH);
        ids.put("token", w.calendarFeed().substring(w.calendarFeed().lastIndexOf('/') + 1));
        ids.put("list", "measures");
        return ids;
    }

    static Call validCall(
            String template,
            PathItem.HttpMethod method,
            Operation op,
            List<Parameter> parameters,
            Map<String, String> ids) {
        Call call = new Call();
        for (Parameter p : parameters) {
            if ("path".equals(p.getIn())) {
                call.pathParams.put(p.getName(), ids.getOrDefault(p.getName(), example(p)));
            } else if ("header".equals(p.getIn()) && "If-Match".equals(p.getName())) {
                call.headers.put("If-Match", currentETag(template, call, op));
            } else if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
                call.query.put(p.getName(), example(p));
            }
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            MediaType json = op.getRequestBody().getContent().get("application/json");
            if (json != null) {
                Object example = json.getExample() != null
                        ? JSON.convertValue(json.getExample(), Object.class)
                        : sample(json.getSchema(), 0);
                call.body = marked(withFixtureIds(example, ids));
                call.contentType = "application/json";
            }
        }
        return call;
    }

    /** The resource's current ETag where the path can be read, so that writes get past the version check. */
    static String currentETag(String template, Call call, Operation op) {
        String readable = template.replaceAll(
                "/(opening|review-start|start|closing|submission|withdrawal|finalisation|activation|completion"
                        + "|discontinuation|adoption|implementation-start|cancellation|documentation|attendance|reviews/mine)$",
                "");
        String path = readable;
        for (Map.Entry<String, String> p : call.pathParams.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", p.getValue());
        }
        Response current = RestAssured.given()
                .header("Authorization", "Bearer " + token(op))
                .get(path);
        String etag = current.header("ETag");
        return etag != null ? etag : "\"0\"";
    }

    /** Titles and names of what the fuzzer creates start with "Fuzz", so no test that looks up demo data by name finds them. */
    @SuppressWarnings("unchecked")
    static Object marked(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            for (String field : List.of("title", "name")) {
                if (copy.get(field) instanceof String text) {
                    copy.put(field, "Fuzz " + text);
                }
            }
            return copy;
        }
        return body;
    }

    static Object withFixtureIds(Object value, Map<String, String> ids) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(
                    (String) k, ids.containsKey(k) && v instanceof String ? ids.get(k) : withFixtureIds(v, ids)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(
                    list.stream().map(v -> withFixtureIds(v, ids)).toList());
        }
        return value;
    }

    static String example(Parameter p) {
        if (p.getExample() != null) {
            return String.valueOf(p.getExample());
        }
        Schema<?> s = p.getSchema();
        if (s != null && s.getExample() != null) {
            return String.valueOf(s.getExample());
        }
        if (s != null && s.getEnum() != null && !s.getEnum().isEmpty()) {
            return String.valueOf(s.getEnum().get(0));
        }
        return "x";
    }

    static Object sample(Schema<?> schema, int depth) {
        if (schema == null || depth > 4) {
            return null;
        }
        if (schema.getExample() != null) {
            return JSON.convertValue(schema.getExample(), Object.class);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().get(0));
        }
        String type =
                schema.getType() != null ? schema.getType() : schema.getProperties() != null ? "object" : "string";
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (schema.getProperties() != null) {
                    schema.getProperties().forEach((name, property) -> object.put(name, sample(property, depth + 1)));
                }
                yield object;
            }
            case "array" -> new ArrayList<>(List.of(sample(((ArraySchema) schema).getItems(), depth + 1)));
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            default ->
                "date".equals(schema.getFormat())
                        ? "2026-05-04"
                        : "date-time".equals(schema.getFormat()) ? "2026-05-04T10:00:00Z" : "Text";
        };
    }

    static String token(Operation op) {
        @SuppressWarnings("unchecked")
        List<String> roles = (List<String>) op.getExtensions().get("x-pakt-roles");
        for (String role : List.of(
                Roles.PROGRAM_OFFICE,
                Roles.STEERING_GROUP,
                Roles.MUNICIPALITY,
                Roles.FACILITATOR,
                Roles.INTEGRATION_CLIENT)) {
            if (roles.contains(role)) {
                return role.equals(Roles.MUNICIPALITY)
                        ? Tokens.municipality(RoundFixtures.MESSKIRCH)
                        : Tokens.forRole(role);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ malformed variants

    static final List<String> BAD_TEXT = List.of(
            "mit\u0000NUL",
            "Glocke\u0007",
            "\u001b[31mrot",
            "Zeile\u0085C1",
            "🙂‍↕️ Ärger ß 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "x".repeat(10_000),
            "",
            "   ",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "%_%",
            "' or 1=1 --",
            "<script>alert(1)</script>",
            "../../etc/passwd");
    static final List<Object> BAD_NUMBERS = List.of(
            9.5,
            -1,
            0,
            Integer.MAX_VALUE,
            Long.MAX_VALUE,
            new java.math.BigInteger("99999999999999999999999"),
            "12",
            true,
            1e308);
    static final List<String> BAD_DATES = List.of(
            "2019-02-30",
            "+999999999-12-31",
            "0000-01-01",
            "-0001-01-01",
            "10000-01-01",
            "morgen",
            "2026-13-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z",
            "2026-05-04T25:61:00+01:00",
            "");
    static final List<String> BAD_IDS = List.of(
            "not-a-uuid",
            "1-2-3-4-5",
            UUID.randomUUID().toString(),
            "%00",
            "00000000-0000-0000-0000-000000000000",
            "' or 1=1 --",
            "x".repeat(300));

    static List<Variant> variants(Operation op, List<Parameter> parameters, Random random) {
        List<Variant> all = new ArrayList<>();
        for (Parameter p : parameters) {
            String name = p.getName();
            if ("path".equals(p.getIn())) {
                for (String bad : BAD_IDS) {
                    all.add(new Variant("path " + name + "=" + shorten(bad), c -> c.pathParams.put(name, bad)));
                }
            } else if ("query".equals(p.getIn())) {
                List<Object> values = new ArrayList<>(List.of(
                        "\u0000",
                        "NOPE",
                        "x".repeat(2_000),
                        "-1",
                        "9.5",
                        "99999999999",
                        "+999999999-12-31",
                        "%",
                        "🙂"));
                for (Object bad : values) {
                    all.add(new Variant(
                            "query " + name + "=" + shorten(String.valueOf(bad)),
                            c -> c.query.put(name, String.valueOf(bad))));
                }
            } else if ("header".equals(p.getIn())) {
                for (String bad :
                        List.of("garbage", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "x".repeat(4_000))) {
                    all.add(new Variant("header " + name + "=" + shorten(bad), c -> c.headers.put(name, bad)));
                }
                all.add(new Variant("header " + name + " missing", c -> c.headers.remove(name)));
            }
        }
        all.add(new Variant("page=10737419&size=200", c -> {
            c.query.put("page", "10737419");
            c.query.put("size", "200");
        }));
        all.add(new Variant("page=2147483647", c -> c.query.put("page", "2147483647")));
        all.add(new Variant("size=100000", c -> c.query.put("size", "100000")));
        all.add(new Variant("unknown query parameter", c -> c.query.put("updatedSince", "gestern")));
        all.add(new Variant("an invalid token", c -> c.headers.put("Authorization", "Bearer not.a.token")));
        if (op.getRequestBody() != null) {
            MediaType json = op.getRequestBody().getContent().get("application/json");
            Schema<?> schema = json == null ? null : json.getSchema();
            for (String raw : List.of(
                    "",
                    "{",
                    "[]",
                    "\"text\"",
                    "null",
                    "42",
                    "{\"a\":1,\"a\":2}",
                    "{\"title\": \"\\ud800\"}",
                    "\u0000",
                    "[" + "[".repeat(2_000) + "]".repeat(2_001))) {
                all.add(new Variant("raw body " + shorten(raw), c -> c.raw = raw));
            }
            all.add(new Variant("no Content-Type", c -> {
                c.raw = c.body == null ? "{}" : write(c.body);
                c.contentType = null;
            }));
            all.add(new Variant("text/plain body", c -> {
                c.raw = c.body == null ? "{}" : write(c.body);
                c.contentType = "text/plain";
            }));
            all.add(new Variant("extra field", c -> {
                if (c.body instanceof Map<?, ?>) {
                    bodyMap(c).put("unexpectedField", "ignored?");
                }
            }));
            if (schema != null && schema.getProperties() != null) {
                schema.getProperties().forEach((field, property) -> fieldVariants(field, property, all));
            }
        }
        // Every operation gets the same kinds of variant; which ones of a kind is the seed's choice.
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(VARIANTS_PER_OPERATION, all.size()));
    }

    static void fieldVariants(String field, Schema<?> property, List<Variant> all) {
        all.add(new Variant(field + " missing", c -> bodyMap(c).remove(field)));
        all.add(new Variant(field + " null", c -> bodyMap(c).put(field, null)));
        all.add(new Variant(field + " an object", c -> bodyMap(c).put(field, Map.of("nested", List.of(1, 2)))));
        String type = property.getType() == null ? "object" : property.getType();
        switch (type) {
            case "string" -> {
                if ("date".equals(property.getFormat()) || "date-time".equals(property.getFormat())) {
                    BAD_DATES.forEach(bad -> all.add(
                            new Variant(field + "=" + bad, c -> bodyMap(c).put(field, bad))));
                } else if ("uuid".equals(property.getFormat())) {
                    BAD_IDS.forEach(bad -> all.add(new Variant(
                            field + "=" + shorten(bad), c -> bodyMap(c).put(field, bad))));
                } else {
                    BAD_TEXT.forEach(bad -> all.add(new Variant(
                            field + "=" + shorten(bad), c -> bodyMap(c).put(field, bad))));
                }
                all.add(new Variant(field + " a number", c -> bodyMap(c).put(field, 42)));
            }
            case "integer", "number" ->
                BAD_NUMBERS.forEach(bad ->
                        all.add(new Variant(field + "=" + bad, c -> bodyMap(c).put(field, bad))));
            case "boolean" ->
                List.of("true", 1, "ja")
                        .forEach(bad -> all.add(
                                new Variant(field + "=" + bad, c -> bodyMap(c).put(field, bad))));
            case "array" -> {
                all.add(new Variant(field + " a string", c -> bodyMap(c).put(field, "kein Array")));
                all.add(new Variant(
                        field + " with 1000 items",
                        c -> bodyMap(c).put(field, java.util.Collections.nCopies(1_000, "x"))));
                all.add(new Variant(field + " with a NUL item", c -> bodyMap(c).put(field, List.of("a\u0000"))));
            }
            default -> all.add(new Variant(field + " a string", c -> bodyMap(c).put(field, "kein Objekt\u0000")));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> bodyMap(Call c) {
        if (!(c.body instanceof Map<?, ?>)) {
            c.body = new LinkedHashMap<String, Object>();
        }
        return (Map<String, Object>) c.body;
    }

    // ------------------------------------------------------------------ sending

    static Response send(String template, PathItem.HttpMethod method, Call call, String token) {
        RequestSpecification request = RestAssured.given()
                .urlEncodingEnabled(false)
                .config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .accept("application/json, application/problem+json, text/calendar, text/csv, application/pdf, "
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (token != null && !call.headers.containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        call.headers.forEach(request::header);
        call.query.forEach((k, v) -> request.queryParam(k, encode(v)));
        if (call.raw != null) {
            request.body(call.raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (call.contentType == null) {
                request.noContentType();
            } else {
                request.contentType(call.contentType);
            }
        } else if (call.body != null) {
            request.contentType(call.contentType).body(write(call.body));
        }
        return request.request(method.name(), actualPath(template, call));
    }

    static String actualPath(String template, Call call) {
        String path = template;
        for (Map.Entry<String, String> p : call.pathParams.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", encode(p.getValue()));
        }
        return path;
    }

    static String encode(String value) {
        return value.startsWith("%") && value.length() == 3
                ? value
                : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    static SimpleResponse simple(Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        response.headers().forEach(h -> builder.withHeader(h.getName(), h.getValue()));
        if (!response.asString().isEmpty()) {
            builder.withBody(response.asString());
        }
        return builder.build();
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String shorten(String value) {
        String printable = value.replace("\u0000", "\\0").replaceAll("\\p{Cntrl}", "\\\\c");
        return printable.length() > 24 ? printable.substring(0, 24) + "…(" + value.length() + ")" : printable;
    }
}
