package de.pakt.common;

import java.util.List;
import java.util.Map;

import de.pakt.common.security.Roles;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.restassured.http.ContentType;

/**
 * One of everything the API knows, created through the API: a programme with an open round, a round in review with a
 * submitted application, a decided round with a site (booking, goal, measure, milestone, good practice), a facilitator,
 * an open event with a registration, a calendar feed and a draft decision. Each caller gets its own, so that one
 * test's writes (the fuzzer's above all) never change another test's objects.
 */
record TestWorld(
        String programId,
        String openRoundId,
        String reviewRoundId,
        String applicationId,
        String decisionRoundId,
        String decisionId,
        String siteId,
        String facilitatorId,
        String bookingId,
        String goalId,
        String measureId,
        String milestoneId,
        String eventId,
        String registrationId,
        String goodPracticeId,
        String calendarFeed,
        String subscriptionId,
        String deliveryId) {

    static TestWorld create() {
        String programId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.PROGRAM)
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String openRoundId = RoundFixtures.openRound(RoundFixtures.roundInput(programId));
        String reviewRoundId = RoundFixtures.openRound(RoundFixtures.roundInput(programId));
        String applicationId = RoundFixtures.submittedApplication(RoundFixtures.MESSKIRCH, reviewRoundId, 1_000_000);
        RoundFixtures.roundAction(reviewRoundId, "review-start").statusCode(200);
        // A decided round with a site, and a draft decision on it.
        Map<String, Object> withoutQuota = RoundFixtures.roundInput(programId);
        withoutQuota.put("quotas", List.of());
        String decisionRoundId = RoundFixtures.openRound(withoutQuota);
        String selected = RoundFixtures.submittedApplication(RoundFixtures.STUTTGART, decisionRoundId, 1_000_000);
        RoundFixtures.roundAction(decisionRoundId, "review-start").statusCode(200);
        var draft = Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "meetingDate",
                        "2019-05-14",
                        "entries",
                        List.of(Map.of("applicationId", selected, "outcome", "SELECTED", "grantedCents", 1_000_000))))
                .post("/api/v1/rounds/" + decisionRoundId + "/decisions")
                .then()
                .statusCode(201)
                .extract();
        Api.asRole(Roles.STEERING_GROUP)
                .header("If-Match", draft.header("ETag"))
                .post("/api/v1/decisions/" + draft.path("id") + "/finalisation")
                .then()
                .statusCode(200);
        String siteId = Api.anonymous()
                .get("/api/v1/rounds/" + decisionRoundId + "/sites")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        String facilitatorId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix Begleitung", "homeRegionKey", "081", "capacity", 2))
                .post("/api/v1/facilitators")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String bookingId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind", "MATERIAL", "description", "Matrix", "amountCents", 100, "bookingDate", "2019-11-01"))
                .post("/api/v1/sites/" + siteId + "/bookings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String goalId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Matrix-Ziel"))
                .post("/api/v1/sites/" + siteId + "/goals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String measureId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Matrix-Maßnahme"))
                .post("/api/v1/goals/" + goalId + "/measures")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String milestoneId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Matrix-Meilenstein"))
                .post("/api/v1/sites/" + siteId + "/milestones")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String eventId = de.pakt.network.NetworkFixtures.openEvent(RoleMatrixTest.eventInput(programId));
        String registrationId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Matrix Person", "email", "matrix-office@example.org"))
                .post("/api/v1/events/" + eventId + "/registrations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String goodPracticeId = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(RoleMatrixTest.goodPractice())
                .post("/api/v1/sites/" + siteId + "/good-practices")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String calendarFeed = java.net
                .URI
                .create(Api.as(Tokens.forSubject(Roles.PROGRAM_OFFICE, "matrix-feed-owner"))
                        .post("/api/v1/me/calendar-link")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<String>path("url"))
                .getPath();
        String decisionId = Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(Map.of("meetingDate", "2019-05-20", "entries", List.of()))
                .post("/api/v1/rounds/" + decisionRoundId + "/decisions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // A webhook subscription of the programme office with one delivery (a new milestone), then paused.
        var created = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://localhost:9/world", "eventTypes", List.of("milestone.created")))
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract();
        String subscription = created.path("id");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Welt-Meilenstein"))
                .post("/api/v1/sites/" + siteId + "/milestones")
                .then()
                .statusCode(201);
        String deliveryId = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag"))
                .body(Map.of(
                        "url",
                        "https://localhost:9/world",
                        "eventTypes",
                        List.of("milestone.created"),
                        "active",
                        false))
                .put("/api/v1/webhook-subscriptions/" + subscription)
                .then()
                .statusCode(200);
        return new TestWorld(
                programId,
                openRoundId,
                reviewRoundId,
                applicationId,
                decisionRoundId,
                decisionId,
                siteId,
                facilitatorId,
                bookingId,
                goalId,
                measureId,
                milestoneId,
                eventId,
                registrationId,
                goodPracticeId,
                calendarFeed,
                subscription,
                deliveryId);
    }
}
