package de.pakt.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every operation × every caller (anonymous and each realm role): the expected status. A new operation
 * belongs in this table, so that nobody gets a right by accident.
 */
@QuarkusTest
class RoleMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> CALLERS = List.of(
            ANONYMOUS,
            Roles.PROGRAM_OFFICE,
            Roles.STEERING_GROUP,
            Roles.FACILITATOR,
            Roles.MUNICIPALITY,
            Roles.INTEGRATION_CLIENT);

    static String programId;
    static String openRoundId;
    static String reviewRoundId;
    static String applicationId;
    static String decisionRoundId;
    static String decisionId;
    static String siteId;
    static String facilitatorId;
    static String bookingId;
    static String goalId;
    static String measureId;
    static String milestoneId;
    static String eventId;
    static String registrationId;
    static String goodPracticeId;
    static String calendarFeed;
    static String subscriptionId;
    static String deliveryId;

    record Operation(String name, Function<RequestSpecification, Response> call, Map<String, Integer> expected) {}

    static Map<String, Integer> everybody(int status) {
        return Map.of(
                ANONYMOUS,
                status,
                Roles.PROGRAM_OFFICE,
                status,
                Roles.STEERING_GROUP,
                status,
                Roles.FACILITATOR,
                status,
                Roles.MUNICIPALITY,
                status,
                Roles.INTEGRATION_CLIENT,
                status);
    }

    /** Allowed roles get {@code status}; other roles 403; anonymous 401. */
    static Map<String, Integer> only(int status, String... roles) {
        Map<String, Integer> expected = new java.util.HashMap<>();
        for (String caller : CALLERS) {
            expected.put(caller, caller.equals(ANONYMOUS) ? 401 : 403);
        }
        for (String role : roles) {
            expected.put(role, status);
        }
        return expected;
    }

    /** Roadmap writes: the programme office gets {@code status}; facilitators and municipalities of other sites 404. */
    static Map<String, Integer> roadmapWrite(int status) {
        return Map.of(
                ANONYMOUS,
                401,
                Roles.PROGRAM_OFFICE,
                status,
                Roles.STEERING_GROUP,
                403,
                Roles.FACILITATOR,
                404,
                Roles.MUNICIPALITY,
                404,
                Roles.INTEGRATION_CLIENT,
                403);
    }

    static final String STALE = "\"999\"";

    /** Event organisers: the office gets {@code status}; a facilitator of no site of this event {@code facilitator}. */
    static Map<String, Integer> organiser(int status, int facilitator) {
        return Map.of(
                ANONYMOUS,
                401,
                Roles.PROGRAM_OFFICE,
                status,
                Roles.STEERING_GROUP,
                403,
                Roles.FACILITATOR,
                facilitator,
                Roles.MUNICIPALITY,
                403,
                Roles.INTEGRATION_CLIENT,
                403);
    }

    /** Writes of a site's own people (not this site's: 404). */
    static Map<String, Integer> siteWrite(int status) {
        return roadmapWrite(status);
    }

    /** Webhook subscriptions of the programme office: other integration clients do not find them (404). */
    static Map<String, Integer> ownedByOffice(int status) {
        Map<String, Integer> expected = programOfficeOnly(status);
        expected = new java.util.HashMap<>(expected);
        expected.put(Roles.INTEGRATION_CLIENT, 404);
        return expected;
    }

    static Map<String, Object> eventInput() {
        return eventInput(programId);
    }

    static Map<String, Object> eventInput(String programId) {
        return de.pakt.network.NetworkFixtures.eventInput(
                programId, 10, java.time.Instant.now().plus(30, java.time.temporal.ChronoUnit.DAYS));
    }

    static Map<String, Object> goodPractice() {
        return Map.of(
                "title",
                "Matrix-Praxis",
                "description",
                "Was sich bewährt hat, für die Matrix.",
                "contactRole",
                "Integrationsstelle");
    }

    static Map<String, Integer> programOfficeOnly(int status) {
        return Map.of(
                ANONYMOUS,
                401,
                Roles.PROGRAM_OFFICE,
                status,
                Roles.STEERING_GROUP,
                403,
                Roles.FACILITATOR,
                403,
                Roles.MUNICIPALITY,
                403,
                Roles.INTEGRATION_CLIENT,
                403);
    }

    static final Map<String, Object> PROGRAM =
            Map.of("title", "Rollenmatrix", "funder", "Land", "coordinatingBody", "FA", "published", true);

    static Stream<Arguments> matrix() {
        List<Operation> operations = List.of(
                new Operation("listAdministrativeAreas", r -> r.get("/api/v1/administrative-areas"), everybody(200)),
                new Operation(
                        "getAdministrativeArea", r -> r.get("/api/v1/administrative-areas/08437078"), everybody(200)),
                new Operation("listPrograms", r -> r.get("/api/v1/programs"), everybody(200)),
                new Operation("getProgram", r -> r.get("/api/v1/programs/" + programId), everybody(200)),
                new Operation(
                        "createProgram",
                        r -> r.contentType(ContentType.JSON).body(PROGRAM).post("/api/v1/programs"),
                        programOfficeOnly(201)),
                // A stale If-Match: the program office passes the role check and meets the version check (412),
                // so the programme survives for the other rows.
                new Operation(
                        "updateProgram",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", "\"999\"")
                                .body(PROGRAM)
                                .put("/api/v1/programs/" + programId),
                        programOfficeOnly(412)),
                new Operation(
                        "deleteProgram",
                        r -> r.header("If-Match", "\"999\"").delete("/api/v1/programs/" + programId),
                        programOfficeOnly(412)),
                new Operation("listAuditEvents", r -> r.get("/api/v1/audit-events"), programOfficeOnly(200)),
                new Operation("listRounds", r -> r.get("/api/v1/rounds"), everybody(200)),
                new Operation("getRound", r -> r.get("/api/v1/rounds/" + openRoundId), everybody(200)),
                new Operation(
                        "createRound",
                        r -> r.contentType(ContentType.JSON)
                                .body(RoundFixtures.roundInput(programId))
                                .post("/api/v1/rounds"),
                        programOfficeOnly(201)),
                // Stale If-Match: whoever passes the role check meets the version check (412), and nothing changes.
                new Operation(
                        "updateRound",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(RoundFixtures.roundInput(programId))
                                .put("/api/v1/rounds/" + openRoundId),
                        programOfficeOnly(412)),
                new Operation(
                        "openRound",
                        r -> r.header("If-Match", STALE).post("/api/v1/rounds/" + openRoundId + "/opening"),
                        programOfficeOnly(412)),
                new Operation(
                        "startRoundReview",
                        r -> r.header("If-Match", STALE).post("/api/v1/rounds/" + openRoundId + "/review-start"),
                        programOfficeOnly(412)),
                new Operation(
                        "startRound",
                        r -> r.header("If-Match", STALE).post("/api/v1/rounds/" + openRoundId + "/start"),
                        programOfficeOnly(412)),
                new Operation(
                        "closeRound",
                        r -> r.header("If-Match", STALE).post("/api/v1/rounds/" + openRoundId + "/closing"),
                        programOfficeOnly(412)),
                new Operation(
                        "listRoundApplications",
                        r -> r.get("/api/v1/rounds/" + reviewRoundId + "/applications"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.MUNICIPALITY)),
                new Operation(
                        "createApplication",
                        r -> r.contentType(ContentType.JSON)
                                .body(RoundFixtures.applicationInput(1_000_000))
                                .post("/api/v1/rounds/" + openRoundId + "/applications"),
                        only(201, Roles.MUNICIPALITY)),
                new Operation(
                        "getApplication",
                        r -> r.get("/api/v1/applications/" + applicationId),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.MUNICIPALITY)),
                new Operation(
                        "updateApplication",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(RoundFixtures.applicationInput(1))
                                .put("/api/v1/applications/" + applicationId),
                        only(412, Roles.MUNICIPALITY)),
                new Operation(
                        "submitApplication",
                        r -> r.header("If-Match", STALE).post("/api/v1/applications/" + applicationId + "/submission"),
                        only(412, Roles.MUNICIPALITY)),
                new Operation(
                        "withdrawApplication",
                        r -> r.header("If-Match", STALE).post("/api/v1/applications/" + applicationId + "/withdrawal"),
                        only(412, Roles.MUNICIPALITY)),
                new Operation(
                        "listApplicationReviews",
                        r -> r.get("/api/v1/applications/" + applicationId + "/reviews"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                // No review yet: the member passes the role check and finds none.
                new Operation(
                        "getMyReview",
                        r -> r.get("/api/v1/applications/" + applicationId + "/reviews/mine"),
                        only(404, Roles.STEERING_GROUP)),
                new Operation(
                        "saveMyReview",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(RoundFixtures.scores(3, 3))
                                .put("/api/v1/applications/" + applicationId + "/reviews/mine"),
                        only(412, Roles.STEERING_GROUP)),
                new Operation(
                        "getRoundRanking",
                        r -> r.get("/api/v1/rounds/" + reviewRoundId + "/ranking"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "listRoundDecisions",
                        r -> r.get("/api/v1/rounds/" + reviewRoundId + "/decisions"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                // The round already has a draft: whoever passes the role check meets the one-draft rule (409).
                new Operation(
                        "createDecision",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("meetingDate", "2019-05-14", "entries", List.of()))
                                .post("/api/v1/rounds/" + decisionRoundId + "/decisions"),
                        only(409, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "getDecision",
                        r -> r.get("/api/v1/decisions/" + decisionId),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "updateDecision",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("meetingDate", "2019-05-14", "entries", List.of()))
                                .put("/api/v1/decisions/" + decisionId),
                        only(412, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "finaliseDecision",
                        r -> r.header("If-Match", STALE).post("/api/v1/decisions/" + decisionId + "/finalisation"),
                        only(412, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "listRoundSites", r -> r.get("/api/v1/rounds/" + reviewRoundId + "/sites"), everybody(200)),
                new Operation("getSite", r -> r.get("/api/v1/sites/" + siteId), everybody(200)),
                new Operation(
                        "listFacilitators",
                        r -> r.get("/api/v1/facilitators"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "createFacilitator",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("name", "Matrix Begleitung", "homeRegionKey", "081", "capacity", 2))
                                .post("/api/v1/facilitators"),
                        programOfficeOnly(201)),
                new Operation(
                        "getFacilitator",
                        r -> r.get("/api/v1/facilitators/" + facilitatorId),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "updateFacilitator",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("name", "Matrix", "homeRegionKey", "081", "capacity", 2))
                                .put("/api/v1/facilitators/" + facilitatorId),
                        programOfficeOnly(412)),
                // Facilitators and municipalities pass the role check and then see only their own sites (this one is
                // not).
                new Operation(
                        "getSiteFacilitation",
                        r -> r.get("/api/v1/sites/" + siteId + "/facilitation"),
                        Map.of(
                                ANONYMOUS,
                                401,
                                Roles.PROGRAM_OFFICE,
                                200,
                                Roles.STEERING_GROUP,
                                200,
                                Roles.FACILITATOR,
                                404,
                                Roles.MUNICIPALITY,
                                404,
                                Roles.INTEGRATION_CLIENT,
                                403)),
                new Operation(
                        "updateSiteFacilitation",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of())
                                .put("/api/v1/sites/" + siteId + "/facilitation"),
                        programOfficeOnly(412)),
                new Operation(
                        "listSiteBookings",
                        r -> r.get("/api/v1/sites/" + siteId + "/bookings"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "createBooking",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "kind",
                                        "MATERIAL",
                                        "description",
                                        "Matrix",
                                        "amountCents",
                                        1,
                                        "bookingDate",
                                        "2019-11-01"))
                                .post("/api/v1/sites/" + siteId + "/bookings"),
                        programOfficeOnly(201)),
                new Operation(
                        "reverseBooking",
                        r -> r.post("/api/v1/bookings/" + bookingId + "/reversal"),
                        programOfficeOnly(201)),
                new Operation(
                        "getRoundBudget",
                        r -> r.get("/api/v1/rounds/" + decisionRoundId + "/budget"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "activateSite",
                        r -> r.header("If-Match", STALE).post("/api/v1/sites/" + siteId + "/activation"),
                        programOfficeOnly(412)),
                new Operation(
                        "completeSite",
                        r -> r.header("If-Match", STALE).post("/api/v1/sites/" + siteId + "/completion"),
                        programOfficeOnly(412)),
                new Operation(
                        "discontinueSite",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("reason", "Matrix"))
                                .post("/api/v1/sites/" + siteId + "/discontinuation"),
                        programOfficeOnly(412)),
                new Operation("listTopics", r -> r.get("/api/v1/topics"), everybody(200)),
                new Operation(
                        "createTopic",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("name", "Matrix " + UUID.randomUUID()))
                                .post("/api/v1/topics"),
                        programOfficeOnly(201)),
                new Operation(
                        "updateTopic",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("name", "Wohnen"))
                                .put("/api/v1/topics/7a000000-0000-4000-8000-000000000006"),
                        programOfficeOnly(412)),
                new Operation(
                        "getProgramBudget",
                        r -> r.get("/api/v1/programs/" + programId + "/budget"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT)),
                // The roadmap belongs to the site's people: others who pass the role check find nothing (404).
                new Operation(
                        "getRoadmap",
                        r -> r.get("/api/v1/sites/" + siteId + "/roadmap"),
                        Map.of(
                                ANONYMOUS,
                                401,
                                Roles.PROGRAM_OFFICE,
                                200,
                                Roles.STEERING_GROUP,
                                200,
                                Roles.FACILITATOR,
                                404,
                                Roles.MUNICIPALITY,
                                404,
                                Roles.INTEGRATION_CLIENT,
                                200)),
                new Operation(
                        "updateRoadmap",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("vision", "Matrix"))
                                .put("/api/v1/sites/" + siteId + "/roadmap"),
                        Map.of(
                                ANONYMOUS,
                                401,
                                Roles.PROGRAM_OFFICE,
                                412,
                                Roles.STEERING_GROUP,
                                403,
                                Roles.FACILITATOR,
                                404,
                                Roles.MUNICIPALITY,
                                404,
                                Roles.INTEGRATION_CLIENT,
                                403)),
                new Operation(
                        "createGoal",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("title", "Matrix-Ziel"))
                                .post("/api/v1/sites/" + siteId + "/goals"),
                        Map.of(
                                ANONYMOUS,
                                401,
                                Roles.PROGRAM_OFFICE,
                                201,
                                Roles.STEERING_GROUP,
                                403,
                                Roles.FACILITATOR,
                                404,
                                Roles.MUNICIPALITY,
                                404,
                                Roles.INTEGRATION_CLIENT,
                                403)),
                new Operation(
                        "updateGoal",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("title", "Matrix"))
                                .put("/api/v1/goals/" + goalId),
                        roadmapWrite(412)),
                new Operation(
                        "deleteGoal",
                        r -> r.header("If-Match", STALE).delete("/api/v1/goals/" + goalId),
                        roadmapWrite(412)),
                new Operation(
                        "createMeasure",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("title", "Matrix-Maßnahme"))
                                .post("/api/v1/goals/" + goalId + "/measures"),
                        roadmapWrite(201)),
                new Operation(
                        "updateMeasure",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("title", "Matrix"))
                                .put("/api/v1/measures/" + measureId),
                        roadmapWrite(412)),
                new Operation(
                        "adoptRoadmap",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("adoptedOn", "2020-03-10", "councilResolution", "Matrix"))
                                .post("/api/v1/sites/" + siteId + "/roadmap/adoption"),
                        roadmapWrite(412)),
                new Operation(
                        "startRoadmapImplementation",
                        r -> r.header("If-Match", STALE)
                                .post("/api/v1/sites/" + siteId + "/roadmap/implementation-start"),
                        roadmapWrite(412)),
                new Operation(
                        "completeRoadmap",
                        r -> r.header("If-Match", STALE).post("/api/v1/sites/" + siteId + "/roadmap/completion"),
                        roadmapWrite(412)),
                new Operation(
                        "exportRoadmap",
                        r -> r.accept(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, application/problem+json")
                                .get("/api/v1/sites/" + siteId + "/roadmap/export?format=xlsx"),
                        Map.of(
                                ANONYMOUS,
                                401,
                                Roles.PROGRAM_OFFICE,
                                200,
                                Roles.STEERING_GROUP,
                                200,
                                Roles.FACILITATOR,
                                404,
                                Roles.MUNICIPALITY,
                                404,
                                Roles.INTEGRATION_CLIENT,
                                403)),
                new Operation(
                        "getRoundProgress",
                        r -> r.get("/api/v1/rounds/" + decisionRoundId + "/progress"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "getProgramProgress",
                        r -> r.get("/api/v1/programs/" + programId + "/progress"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "createMilestone",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("title", "Matrix-Meilenstein"))
                                .post("/api/v1/sites/" + siteId + "/milestones"),
                        roadmapWrite(201)),
                new Operation(
                        "updateMilestone",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("title", "Matrix"))
                                .put("/api/v1/milestones/" + milestoneId),
                        roadmapWrite(412)),
                // Learning network: the office organises; a facilitator organises only events of their sites (404
                // here).
                new Operation(
                        "listEvents",
                        r -> r.get("/api/v1/events"),
                        only(
                                200,
                                Roles.PROGRAM_OFFICE,
                                Roles.STEERING_GROUP,
                                Roles.FACILITATOR,
                                Roles.MUNICIPALITY,
                                Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "createEvent",
                        r -> r.contentType(ContentType.JSON).body(eventInput()).post("/api/v1/events"),
                        organiser(201, 400)),
                new Operation(
                        "getEvent",
                        r -> r.get("/api/v1/events/" + eventId),
                        only(
                                200,
                                Roles.PROGRAM_OFFICE,
                                Roles.STEERING_GROUP,
                                Roles.FACILITATOR,
                                Roles.MUNICIPALITY,
                                Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "updateEvent",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(eventInput())
                                .put("/api/v1/events/" + eventId),
                        organiser(412, 404)),
                new Operation(
                        "openEventRegistration",
                        r -> r.header("If-Match", STALE).post("/api/v1/events/" + eventId + "/opening"),
                        organiser(412, 404)),
                new Operation(
                        "closeEventRegistration",
                        r -> r.header("If-Match", STALE).post("/api/v1/events/" + eventId + "/closing"),
                        organiser(412, 404)),
                new Operation(
                        "completeEvent",
                        r -> r.header("If-Match", STALE).post("/api/v1/events/" + eventId + "/completion"),
                        organiser(412, 404)),
                new Operation(
                        "cancelEvent",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("reason", "Matrix"))
                                .post("/api/v1/events/" + eventId + "/cancellation"),
                        organiser(412, 404)),
                new Operation(
                        "documentEvent",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("outcomes", "Matrix"))
                                .put("/api/v1/events/" + eventId + "/documentation"),
                        organiser(412, 404)),
                new Operation(
                        "listEventRegistrations",
                        r -> r.get("/api/v1/events/" + eventId + "/registrations"),
                        only(
                                200,
                                Roles.PROGRAM_OFFICE,
                                Roles.STEERING_GROUP,
                                Roles.FACILITATOR,
                                Roles.MUNICIPALITY,
                                Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "registerForEvent",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "name",
                                        "Matrix Person",
                                        "email",
                                        "matrix-" + UUID.randomUUID() + "@example.org"))
                                .post("/api/v1/events/" + eventId + "/registrations"),
                        only(
                                201,
                                Roles.PROGRAM_OFFICE,
                                Roles.STEERING_GROUP,
                                Roles.FACILITATOR,
                                Roles.MUNICIPALITY,
                                Roles.INTEGRATION_CLIENT)),
                // Entered by the programme office: others who pass the role check do not find it.
                new Operation(
                        "cancelRegistration",
                        r -> r.post("/api/v1/registrations/" + registrationId + "/cancellation"),
                        Map.of(
                                ANONYMOUS,
                                401,
                                Roles.PROGRAM_OFFICE,
                                200,
                                Roles.STEERING_GROUP,
                                404,
                                Roles.FACILITATOR,
                                404,
                                Roles.MUNICIPALITY,
                                404,
                                Roles.INTEGRATION_CLIENT,
                                404)),
                new Operation(
                        "recordAttendance",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("status", "ATTENDED"))
                                .put("/api/v1/registrations/" + registrationId + "/attendance"),
                        organiser(409, 404)),
                new Operation(
                        "getEventCalendar",
                        r -> r.accept("text/calendar, application/problem+json").get("/api/v1/calendar/events.ics"),
                        everybody(200)),
                new Operation(
                        "getPersonalCalendar",
                        r -> r.accept("text/calendar, application/problem+json").get(calendarFeed),
                        everybody(200)),
                new Operation(
                        "createCalendarLink",
                        r -> r.post("/api/v1/me/calendar-link"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY)),
                new Operation(
                        "getMyOverview",
                        r -> r.get("/api/v1/me/overview"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY)),
                // The matrix's tokens carry no verified e-mail address: nothing to choose (NotificationTest has them).
                new Operation(
                        "getMyNotificationSettings",
                        r -> r.get("/api/v1/me/notification-settings"),
                        only(409, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY)),
                new Operation(
                        "updateMyNotificationSettings",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of("language", "DE", "categories", List.of()))
                                .put("/api/v1/me/notification-settings"),
                        only(409, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY)),
                new Operation(
                        "listNotifications", r -> r.get("/api/v1/notifications"), only(200, Roles.PROGRAM_OFFICE)),
                new Operation(
                        "exportPersonalData",
                        r -> r.queryParam("email", "nobody-matrix@example.org").get("/api/v1/personal-data"),
                        only(200, Roles.PROGRAM_OFFICE)),
                new Operation(
                        "exportPersonalDataDocument",
                        r -> r.accept("application/pdf, application/problem+json")
                                .queryParam("email", "nobody-matrix@example.org")
                                .get("/api/v1/personal-data/document"),
                        only(200, Roles.PROGRAM_OFFICE)),
                new Operation(
                        "erasePersonalData",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of("email", "nobody-matrix@example.org"))
                                .post("/api/v1/personal-data/erasure"),
                        only(200, Roles.PROGRAM_OFFICE)),
                new Operation(
                        "getRetentionReport",
                        r -> r.get("/api/v1/personal-data/retention"),
                        only(200, Roles.PROGRAM_OFFICE)),
                new Operation(
                        "exportMyPersonalData",
                        r -> r.get("/api/v1/me/personal-data"),
                        only(409, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY)),
                new Operation(
                        "exportMyPersonalDataDocument",
                        r -> r.accept("application/pdf, application/problem+json")
                                .get("/api/v1/me/personal-data/document"),
                        only(409, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY)),
                // Revokes the caller's own address (the feed of the fixture above belongs to another subject).
                new Operation(
                        "revokeCalendarLink",
                        r -> r.delete("/api/v1/me/calendar-link"),
                        only(204, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY)),
                new Operation(
                        "getSiteExchange",
                        r -> r.get("/api/v1/sites/" + siteId + "/exchange"),
                        Map.of(
                                ANONYMOUS,
                                401,
                                Roles.PROGRAM_OFFICE,
                                200,
                                Roles.STEERING_GROUP,
                                200,
                                Roles.FACILITATOR,
                                404,
                                Roles.MUNICIPALITY,
                                404,
                                Roles.INTEGRATION_CLIENT,
                                403)),
                new Operation(
                        "listTopicSites",
                        r -> r.get("/api/v1/exchange/topics"),
                        only(
                                200,
                                Roles.PROGRAM_OFFICE,
                                Roles.STEERING_GROUP,
                                Roles.FACILITATOR,
                                Roles.MUNICIPALITY,
                                Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "getExchangeMatrix",
                        r -> r.get("/api/v1/exchange/matrix"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "listGoodPractices",
                        r -> r.get("/api/v1/good-practices"),
                        only(
                                200,
                                Roles.PROGRAM_OFFICE,
                                Roles.STEERING_GROUP,
                                Roles.FACILITATOR,
                                Roles.MUNICIPALITY,
                                Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "createGoodPractice",
                        r -> r.contentType(ContentType.JSON)
                                .body(goodPractice())
                                .post("/api/v1/sites/" + siteId + "/good-practices"),
                        siteWrite(201)),
                new Operation(
                        "updateGoodPractice",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(goodPractice())
                                .put("/api/v1/good-practices/" + goodPracticeId),
                        siteWrite(412)),
                new Operation("listPublicSites", r -> r.get("/api/v1/public/sites"), everybody(200)),
                new Operation("listPublicMeasures", r -> r.get("/api/v1/public/measures"), everybody(200)),
                new Operation("listPublicEvents", r -> r.get("/api/v1/public/events"), everybody(200)),
                new Operation("listPublicGoodPractices", r -> r.get("/api/v1/public/good-practices"), everybody(200)),
                new Operation(
                        "getDashboard",
                        r -> r.get("/api/v1/dashboard"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "getDashboardCohorts",
                        r -> r.get("/api/v1/dashboard/cohorts"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "getDashboardList",
                        r -> r.get("/api/v1/dashboard/lists/sites"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "getRoundReport",
                        r -> r.accept("application/pdf, application/problem+json")
                                .get("/api/v1/rounds/" + decisionRoundId + "/report"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                new Operation(
                        "getSelectionProposal",
                        r -> r.get("/api/v1/rounds/" + reviewRoundId + "/selection-proposal"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP)),
                // Integration: the feed and webhooks. The fixture subscription belongs to the programme office, so an
                // integration client finds it nowhere (404).
                new Operation(
                        "listChanges",
                        r -> r.get("/api/v1/changes"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "listWebhookSubscriptions",
                        r -> r.get("/api/v1/webhook-subscriptions"),
                        only(200, Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "createWebhookSubscription",
                        r -> r.contentType(ContentType.JSON)
                                .body(Map.of(
                                        "url",
                                        "https://localhost:9/matrix",
                                        "eventTypes",
                                        List.of("site.created"),
                                        "active",
                                        false))
                                .post("/api/v1/webhook-subscriptions"),
                        only(201, Roles.PROGRAM_OFFICE, Roles.INTEGRATION_CLIENT)),
                new Operation(
                        "getWebhookSubscription",
                        r -> r.get("/api/v1/webhook-subscriptions/" + subscriptionId),
                        ownedByOffice(200)),
                new Operation(
                        "updateWebhookSubscription",
                        r -> r.contentType(ContentType.JSON)
                                .header("If-Match", STALE)
                                .body(Map.of(
                                        "url", "https://localhost:9/matrix", "eventTypes", List.of("site.created")))
                                .put("/api/v1/webhook-subscriptions/" + subscriptionId),
                        ownedByOffice(412)),
                new Operation(
                        "deleteWebhookSubscription",
                        r -> r.header("If-Match", STALE).delete("/api/v1/webhook-subscriptions/" + subscriptionId),
                        ownedByOffice(412)),
                new Operation(
                        "listWebhookDeliveries",
                        r -> r.get("/api/v1/webhook-subscriptions/" + subscriptionId + "/deliveries"),
                        ownedByOffice(200)),
                new Operation(
                        "redeliverWebhook",
                        r -> r.post("/api/v1/webhook-deliveries/" + deliveryId + "/redelivery"),
                        ownedByOffice(202)));
        List<Arguments> rows = new ArrayList<>();
        for (Operation op : operations) {
            for (String caller : CALLERS) {
                rows.add(Arguments.of(op.name(), caller, op));
            }
        }
        return rows.stream();
    }

    /** Created on first use: the application is not up yet when static set-up runs. */
    static synchronized void ensureProgramme() {
        if (programId != null) {
            return;
        }
        TestWorld w = TestWorld.create();
        programId = w.programId();
        openRoundId = w.openRoundId();
        reviewRoundId = w.reviewRoundId();
        applicationId = w.applicationId();
        decisionRoundId = w.decisionRoundId();
        decisionId = w.decisionId();
        siteId = w.siteId();
        facilitatorId = w.facilitatorId();
        bookingId = w.bookingId();
        goalId = w.goalId();
        measureId = w.measureId();
        milestoneId = w.milestoneId();
        eventId = w.eventId();
        registrationId = w.registrationId();
        goodPracticeId = w.goodPracticeId();
        calendarFeed = w.calendarFeed();
        subscriptionId = w.subscriptionId();
        deliveryId = w.deliveryId();
    }

    /** The matrix covers every operation of the contract, and agrees with the roles the contract declares. */
    @Test
    void matrixMatchesTheRolesDeclaredInTheContract() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Api.CONTRACT.toFile())
                .get("paths");
        Map<String, Set<String>> declared = new TreeMap<>();
        paths.fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (op.getValue().has("operationId")) {
                        Set<String> roles = new TreeSet<>();
                        op.getValue().get("x-pakt-roles").forEach(r -> roles.add(r.asText()));
                        declared.put(op.getValue().get("operationId").asText(), roles);
                    }
                }));
        Map<String, Set<String>> tested = new TreeMap<>();
        matrix().forEach(row -> {
            Operation op = (Operation) row.get()[2];
            Set<String> allowed = new TreeSet<>();
            op.expected().forEach((caller, status) -> {
                if (status != 401 && status != 403) {
                    allowed.add(caller);
                }
            });
            tested.put(op.name(), allowed);
        });
        assertEquals(declared, tested);
    }

    static Map<String, List<String>> declaredScopes() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        Map<String, List<String>> scopes = new TreeMap<>();
        contract.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (op.getValue().has("operationId")) {
                        List<String> named = new ArrayList<>();
                        op.getValue().get("x-pakt-scopes").forEach(s -> named.add(s.asText()));
                        scopes.put(op.getValue().get("operationId").asText(), named);
                    }
                }));
        return scopes;
    }

    /** Integration clients are in an operation's roles exactly when the operation names scopes for them. */
    @Test
    void everyOperationDeclaresItsScopes() throws IOException {
        Map<String, List<String>> scopes = declaredScopes();
        matrix().forEach(row -> {
            Operation op = (Operation) row.get()[2];
            int status = op.expected().get(Roles.INTEGRATION_CLIENT);
            assertEquals(
                    status != 401 && status != 403,
                    !scopes.get(op.name()).isEmpty(),
                    op.name() + ": integration clients allowed ⇔ x-pakt-scopes not empty");
        });
    }

    static Stream<Arguments> integrationOperations() throws IOException {
        Map<String, List<String>> scopes = declaredScopes();
        return matrix().filter(row -> row.get()[1].equals(Roles.INTEGRATION_CLIENT))
                .filter(row -> !scopes.get((String) row.get()[0]).isEmpty())
                .map(row -> Arguments.of(row.get()[0], scopes.get((String) row.get()[0]), row.get()[2]));
    }

    /**
     * Each declared scope alone gets an integration client past the scope check; every other scope together does not
     * (403 insufficient_scope). With all scopes, the matrix above holds.
     */
    @ParameterizedTest(name = "{0} needs one of {1}")
    @MethodSource("integrationOperations")
    void integrationClientsNeedADeclaredScope(String operation, List<String> scopes, Operation op) {
        ensureProgramme();
        for (String scope : scopes) {
            // Passes the scope check; what follows may still refuse (a subscription needs a scope for its types).
            int status = op.call().apply(Api.as(Tokens.integration(scope))).statusCode();
            org.assertj.core.api.Assertions.assertThat(status)
                    .as("%s with only %s", operation, scope)
                    .isNotIn(401, 403);
        }
        String[] others = Scopes.ALL.stream().filter(s -> !scopes.contains(s)).toArray(String[]::new);
        op.call()
                .apply(Api.as(Tokens.integration(others)))
                .then()
                .statusCode(403)
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("insufficient_scope"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void callerGetsTheExpectedStatus(String operation, String caller, Operation op) {
        ensureProgramme();
        RequestSpecification request = caller.equals(ANONYMOUS)
                ? Api.withoutToken()
                : caller.equals(Roles.MUNICIPALITY)
                        ? Api.as(Tokens.municipality(RoundFixtures.MESSKIRCH))
                        : Api.asRole(caller);
        op.call().apply(request).then().statusCode(op.expected().get(caller));
    }
}
