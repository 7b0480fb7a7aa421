package de.pakt.round;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import de.pakt.common.security.Roles;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Builds rounds and applications through the API, as the programme office and municipalities would. */
public final class RoundFixtures {

    public static final String MESSKIRCH = "08437078";
    public static final String OSTRACH = "08437086";
    public static final String STUTTGART = "08111000";
    public static final String KARLSRUHE = "08212000";
    public static final String FREIBURG = "08311000";
    public static final String LK_ESSLINGEN = "08116";

    /** Round numbers are unique per programme and 1–99: consecutive rounds get distinct ones, wrapping after 99. */
    private static final AtomicInteger NUMBER = new AtomicInteger(0);

    private RoundFixtures() {}

    public static String program() {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Programm für Runden",
                        "funder",
                        "Land",
                        "coordinatingBody",
                        "Führungsakademie",
                        "published",
                        true,
                        "processModules",
                        List.of(
                                Map.of("title", "Auftaktgespräch"),
                                Map.of("title", "Bestandsaufnahme"),
                                Map.of("title", "Abschlusspräsentation"))))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A complete round: window open from an hour ago for a day, two criteria, Tübingen quota, budget for 3 sites. */
    public static Map<String, Object> roundInput(String programId) {
        Map<String, Object> input = new HashMap<>();
        input.put("programId", programId);
        input.put("number", NUMBER.getAndIncrement() % 99 + 1);
        input.put("title", "Testrunde");
        input.put("callText", "Bewerben Sie sich.");
        input.put("applicationWindow", window(-1, 24));
        input.put("capPerSiteCents", 4_000_000);
        input.put("totalBudgetCents", 12_000_000);
        input.put("targetSites", 3);
        input.put("eligibleApplicantKinds", List.of("MUNICIPALITY", "RURAL_DISTRICT", "MUNICIPAL_ASSOCIATION"));
        input.put("scoreScaleMax", 5);
        input.put(
                "criteria",
                List.of(
                        Map.of("key", "bedarf", "title", "Bedarf vor Ort", "weight", 40),
                        Map.of("key", "beteiligung", "title", "Beteiligung", "weight", 60)));
        input.put("quotas", List.of(Map.of("regionKey", "084", "minSites", 1)));
        return input;
    }

    public static Map<String, String> window(int opensInHours, int closesInHours) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        DateTimeFormatter rfc3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
        return Map.of(
                "opensAt",
                rfc3339.format(now.plusHours(opensInHours)),
                "closesAt",
                rfc3339.format(now.plusHours(closesInHours)));
    }

    public static ExtractableResponse<Response> createRound(Map<String, Object> input) {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/rounds")
                .then()
                .statusCode(201)
                .extract();
    }

    /** Performs a state change of the round with its current ETag; returns the response for assertions. */
    public static io.restassured.response.ValidatableResponse roundAction(String roundId, String action) {
        String etag = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}", roundId)
                .header("ETag");
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .header("If-Match", etag)
                .post("/api/v1/rounds/{id}/" + action, roundId)
                .then();
    }

    /** A created and opened round. */
    public static String openRound(Map<String, Object> input) {
        String id = createRound(input).path("id");
        roundAction(id, "opening").statusCode(200);
        return id;
    }

    public static Map<String, Object> applicationInput(long requestedCents) {
        Map<String, Object> input = new HashMap<>();
        input.put("contactName", "Erika Beispiel");
        input.put("contactEmail", "integration@kommune.example.org");
        input.put("motivation", "Haupt- und Ehrenamt wollen gemeinsam einen Fahrplan entwickeln.");
        input.put("focusTopics", List.of("Ehrenamt und bürgerschaftliches Engagement"));
        input.put("existingStructures", "Helferkreis Asyl");
        input.put("requestedCents", requestedCents);
        return input;
    }

    public static ExtractableResponse<Response> createApplication(
            String key, String roundId, Map<String, Object> input) {
        return Api.as(Tokens.municipality(key))
                .contentType(ContentType.JSON)
                .body(input)
                .post("/api/v1/rounds/{id}/applications", roundId)
                .then()
                .statusCode(201)
                .extract();
    }

    /** Creates and submits; returns the application id. */
    public static String submittedApplication(String key, String roundId, long requestedCents) {
        return submittedApplication(key, roundId, applicationInput(requestedCents));
    }

    /** Creates from {@code input} and submits; returns the application id. */
    public static String submittedApplication(String key, String roundId, Map<String, Object> input) {
        var created = createApplication(key, roundId, input);
        String id = created.path("id");
        Api.as(Tokens.municipality(key))
                .header("If-Match", created.header("ETag"))
                .post("/api/v1/applications/{id}/submission", id)
                .then()
                .statusCode(200);
        return id;
    }

    /** A steering-group member by name: each gets its own token subject. */
    public static String member(String name) {
        return Tokens.forSubject(Roles.STEERING_GROUP, "steering-" + name);
    }

    public static Map<String, Object> scores(int bedarf, int beteiligung) {
        return Map.of(
                "conflictOfInterest",
                false,
                "scores",
                List.of(
                        Map.of("criterionKey", "bedarf", "score", bedarf),
                        Map.of("criterionKey", "beteiligung", "score", beteiligung)),
                "comment",
                "Begründung");
    }

    public static void review(String memberToken, String applicationId, Map<String, Object> review) {
        Api.as(memberToken)
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(review)
                .put("/api/v1/applications/{id}/reviews/mine", applicationId)
                .then()
                .statusCode(200);
    }
}
