package de.pakt.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.pakt.common.security.Roles;
import de.pakt.network.NetworkFixtures;
import de.pakt.round.RoundFixtures;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP API6:2023 Unrestricted Access to Sensitive Business Flows: the flows that move money or places cannot be
 * raced. Whatever arrives at the same moment, a grant is never overspent, a booking is reversed once, a decision is
 * finalised once, and one person holds one registration. (The larger races — 12 bookings on one grant, 24
 * registrations for 2 places — are in FacilitationAndBudgetTest and RegistrationTest.)
 */
@QuarkusTest
class Api6UnrestrictedAccessToSensitiveBusinessFlowsTest {

    static List<Integer> race(int times, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        return statuses;
    }

    @Test
    void aBookingIsReversedOnceHoweverOftenItIsAskedAtOnce() throws Exception {
        SiteFixtures.Decided round = SiteFixtures.decidedRound();
        String booking = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MATERIAL",
                        "description",
                        "Moderationskoffer",
                        "amountCents",
                        25_000,
                        "bookingDate",
                        "2019-11-01"))
                .post("/api/v1/sites/{id}/bookings", round.stuttgartSite())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<Integer> statuses = race(
                6,
                () -> Api.invalidRequest()
                        .auth()
                        .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                        .post("/api/v1/bookings/{id}/reversal", booking)
                        .statusCode());
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/sites/{id}/bookings", round.stuttgartSite())
                .then()
                .statusCode(200)
                .body("bookings.findAll { it.kind == 'REVERSAL' }.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aDecisionIsFinalisedOnce() throws Exception {
        Map<String, Object> input = RoundFixtures.roundInput(RoundFixtures.program());
        input.put("quotas", List.of());
        String roundId = RoundFixtures.openRound(input);
        String application = RoundFixtures.submittedApplication(RoundFixtures.FREIBURG, roundId, 2_000_000);
        RoundFixtures.roundAction(roundId, "review-start").statusCode(200);
        var draft = Api.asRole(Roles.STEERING_GROUP)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "meetingDate",
                        "2019-05-14",
                        "entries",
                        List.of(Map.of(
                                "applicationId", application, "outcome", "SELECTED", "grantedCents", 2_000_000))))
                .post("/api/v1/rounds/{id}/decisions", roundId)
                .then()
                .statusCode(201)
                .extract();
        String etag = draft.header("ETag");
        String id = draft.path("id");
        List<Integer> statuses = race(
                5,
                () -> Api.invalidRequest()
                        .auth()
                        .oauth2(Tokens.forRole(Roles.STEERING_GROUP))
                        .header("If-Match", etag)
                        .post("/api/v1/decisions/{id}/finalisation", id)
                        .statusCode());
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 412);
        Api.anonymous()
                .get("/api/v1/rounds/{id}/sites", roundId)
                .then()
                .statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void onePersonHoldsOneRegistrationHoweverOftenTheFormIsSent() throws Exception {
        String event = NetworkFixtures.openEvent(5);
        String token = Tokens.municipality(RoundFixtures.MESSKIRCH);
        List<Integer> statuses = race(
                8,
                () -> Api.as(token)
                        .contentType(ContentType.JSON)
                        .body(NetworkFixtures.person("Doppelt Gesendet", "doppelt@example.org"))
                        .post("/api/v1/events/{id}/registrations", event)
                        .statusCode());
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses).containsOnly(201, 200);
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/events/{id}/registrations", event)
                .then()
                .statusCode(200)
                .body("findAll { it.email == 'doppelt@example.org' }.size()", org.hamcrest.Matchers.equalTo(1));
    }
}
