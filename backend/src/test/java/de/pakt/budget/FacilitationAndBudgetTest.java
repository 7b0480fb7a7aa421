package de.pakt.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.pakt.common.security.Roles;
import de.pakt.site.SiteFixtures.Decided;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static de.pakt.round.RoundFixtures.STUTTGART;
import static de.pakt.site.SiteFixtures.assign;
import static de.pakt.site.SiteFixtures.decidedRound;
import static de.pakt.site.SiteFixtures.facilitator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FacilitationAndBudgetTest {

    @Test
    void assignmentsRespectEachFacilitatorsCapacity() {
        Decided d = decidedRound();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String anna = facilitator("Anna Beispiel " + suffix, "anna." + suffix + "@example.org", 1);
        String ben = facilitator("Ben Beispiel " + suffix, "ben." + suffix + "@example.org", 2);

        assign(
                        d.stuttgartSite(),
                        Map.of(
                                "leadFacilitatorId",
                                anna,
                                "kickoffDate",
                                "2019-10-15",
                                "finalPresentationDate",
                                "2020-10-20"))
                .statusCode(200)
                .body("lead.name", equalTo("Anna Beispiel " + suffix))
                .body("kickoffDate", equalTo("2019-10-15"));
        assign(d.karlsruheSite(), Map.of("leadFacilitatorId", anna))
                .statusCode(409)
                .body("detail", containsString("begleitet schon 1 von höchstens 1 Standorten"));
        assign(d.karlsruheSite(), Map.of("leadFacilitatorId", ben, "coFacilitatorId", anna))
                .statusCode(409);
        assign(d.karlsruheSite(), Map.of("leadFacilitatorId", ben)).statusCode(200);
        assign(d.karlsruheSite(), Map.of("leadFacilitatorId", ben, "coFacilitatorId", ben))
                .statusCode(400)
                .body("errors.field", contains("coFacilitatorId"));
        assign(d.karlsruheSite(), Map.of("coFacilitatorId", ben)).statusCode(400);
        assign(d.karlsruheSite(), Map.of("leadFacilitatorId", UUID.randomUUID().toString()))
                .statusCode(400)
                .body("errors.field", contains("leadFacilitatorId"));
        assign(
                        d.stuttgartSite(),
                        Map.of(
                                "leadFacilitatorId",
                                anna,
                                "kickoffDate",
                                "2020-01-01",
                                "finalPresentationDate",
                                "2019-01-01"))
                .statusCode(400)
                .body("errors.field", contains("finalPresentationDate"));

        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/facilitators")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + anna + "' }.assignedSites", equalTo(1))
                .body("find { it.id == '" + ben + "' }.assignedSites", equalTo(1));
        String etag = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/facilitators/{id}", anna)
                .header("ETag");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("name", "Anna Beispiel " + suffix, "homeRegionKey", "081", "capacity", 0))
                .put("/api/v1/facilitators/{id}", anna)
                .then()
                .statusCode(409)
                .body("detail", containsString("nicht unter 1"));
    }

    static io.restassured.response.ValidatableResponse siteAction(String siteId, String action, Object body) {
        String etag = Api.anonymous().get("/api/v1/sites/{id}", siteId).header("ETag");
        var request = Api.asRole(Roles.PROGRAM_OFFICE).header("If-Match", etag);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/sites/{id}/" + action, siteId).then();
    }

    @Test
    void aSiteStartsWithALeadCompletesOrIsDiscontinuedWithAReason() {
        Decided d = decidedRound();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String dora = facilitator("Dora Beispiel " + suffix, "dora." + suffix + "@example.org", 1);
        siteAction(d.stuttgartSite(), "activation", null)
                .statusCode(409)
                .body("detail", containsString("Prozessbegleitung (Leitung)"));
        assign(d.stuttgartSite(), Map.of("leadFacilitatorId", dora)).statusCode(200);
        siteAction(d.stuttgartSite(), "completion", null).statusCode(409);
        siteAction(d.stuttgartSite(), "activation", null).statusCode(200).body("status", equalTo("ACTIVE"));
        siteAction(d.stuttgartSite(), "completion", null).statusCode(200).body("status", equalTo("COMPLETED"));
        siteAction(d.stuttgartSite(), "discontinuation", Map.of("reason", "Zu spät"))
                .statusCode(409);
        // A completed site frees its facilitator for the next one.
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/facilitators/{id}", dora)
                .then()
                .body("assignedSites", equalTo(0));
        assign(d.karlsruheSite(), Map.of("leadFacilitatorId", dora)).statusCode(200);

        siteAction(d.karlsruheSite(), "discontinuation", Map.of("reason", "   "))
                .statusCode(400)
                .body("errors.field", contains("reason"));
        siteAction(d.karlsruheSite(), "discontinuation", Map.of("reason", "Die Kommune beendet die Teilnahme."))
                .statusCode(200)
                .body("status", equalTo("DISCONTINUED"))
                .body("statusReason", equalTo("Die Kommune beendet die Teilnahme."));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}/budget", d.roundId())
                .then()
                .body("grantedCents", equalTo(4_000_000));
    }

    @Test
    void facilitationIsVisibleToItsPeopleOnly() {
        Decided d = decidedRound();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "clara." + suffix + "@example.org";
        String clara = facilitator("Clara Beispiel " + suffix, email, 5);
        assign(d.stuttgartSite(), Map.of("leadFacilitatorId", clara)).statusCode(200);

        Api.as(Tokens.facilitator(email))
                .get("/api/v1/sites/{id}/facilitation", d.stuttgartSite())
                .then()
                .statusCode(200);
        Api.as(Tokens.facilitator(email))
                .get("/api/v1/sites/{id}/facilitation", d.karlsruheSite())
                .then()
                .statusCode(404);
        Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/sites/{id}/facilitation", d.stuttgartSite())
                .then()
                .statusCode(200)
                .body("lead.name", equalTo("Clara Beispiel " + suffix));
        Api.as(Tokens.municipality(STUTTGART))
                .get("/api/v1/sites/{id}/facilitation", d.karlsruheSite())
                .then()
                .statusCode(404);
        // The public site says nothing about people.
        Api.anonymous()
                .get("/api/v1/sites/{id}", d.stuttgartSite())
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Clara")));
    }

    @Test
    void theLedgerRefusesOverspendingAndCorrectsOnlyByReversal() {
        Decided d = decidedRound();
        String first = book(d.stuttgartSite(), "FACILITATION_DAYS", 3_000_000)
                .then()
                .statusCode(201)
                .body("amountCents", equalTo(3_000_000))
                .extract()
                .path("id");
        book(d.stuttgartSite(), "EVENT", 1_500_000)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("es verbleiben 10.000\u00a0€ von 40.000\u00a0€"));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .post("/api/v1/bookings/{id}/reversal", first)
                .then()
                .statusCode(201)
                .body("amountCents", equalTo(-3_000_000))
                .body("kind", equalTo("REVERSAL"))
                .body("reversesBookingId", equalTo(first));
        Api.asRole(Roles.PROGRAM_OFFICE)
                .post("/api/v1/bookings/{id}/reversal", first)
                .then()
                .statusCode(409)
                .body("detail", containsString("bereits storniert"));
        book(d.stuttgartSite(), "MATERIAL", 4_000_000).then().statusCode(201);
        book(d.karlsruheSite(), "TRAVEL", 250_000).then().statusCode(201);
        book(d.karlsruheSite(), "REVERSAL", 1).then().statusCode(400).body("errors.field", contains("kind"));

        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/sites/{id}/bookings", d.stuttgartSite())
                .then()
                .statusCode(200)
                .body("bookedCents", equalTo(4_000_000))
                .body("remainingCents", equalTo(0))
                .body("bookings.kind", contains("FACILITATION_DAYS", "REVERSAL", "MATERIAL"))
                .body("bookings[0].reversedByBookingId", org.hamcrest.Matchers.notNullValue());
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/rounds/{id}/budget", d.roundId())
                .then()
                .statusCode(200)
                .body("grantedCents", equalTo(8_000_000))
                .body("bookedCents", equalTo(4_250_000))
                .body("remainingCents", equalTo(3_750_000))
                .body("sites.applicant.name", contains("Karlsruhe", "Stuttgart"));
        String programId = Api.anonymous()
                .get("/api/v1/rounds/{id}", d.roundId())
                .then()
                .extract()
                .path("programId");
        Api.asRole(Roles.STEERING_GROUP)
                .get("/api/v1/programs/{id}/budget", programId)
                .then()
                .statusCode(200)
                .body("grantedCents", equalTo(8_000_000))
                .body("bookedCents", equalTo(4_250_000))
                .body("remainingCents", equalTo(3_750_000))
                .body("rounds.size()", equalTo(1))
                .body("rounds[0].bookedCents", equalTo(4_250_000));
    }

    @Test
    void parallelBookingsNeverOverspendAGrant() throws Exception {
        Decided d = decidedRound();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(() -> book(d.karlsruheSite(), "EVENT", 1_000_000).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(4);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(8);
        } finally {
            pool.shutdown();
        }
        Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/sites/{id}/bookings", d.karlsruheSite())
                .then()
                .body("bookedCents", equalTo(4_000_000))
                .body("bookings.size()", equalTo(4));
    }

    /** More days than the ledger's column holds is the user's mistake, with the field named: never a bare 400. */
    @Test
    void tooManyDaysNameTheField() {
        Decided d = decidedRound();
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "FACILITATION_DAYS",
                        "description",
                        "Tippfehler",
                        "amountCents",
                        10_000,
                        "bookingDate",
                        "2019-11-01",
                        "days",
                        10_000))
                .post("/api/v1/sites/{id}/bookings", d.karlsruheSite())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("days"))
                .body("errors[0].message", containsString("höchstens 9.999,99"));
    }

    /** A booking whose description fills its column can still be reversed: the reversal's own is cut, not refused. */
    @Test
    void aBookingWithTheLongestDescriptionIsReversed() {
        Decided d = decidedRound();
        String description = "Fahrtkosten Regionalkonferenz " + "ä".repeat(470);
        String id = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "TRAVEL",
                        "description",
                        description,
                        "amountCents",
                        10_000,
                        "bookingDate",
                        "2019-11-01"))
                .post("/api/v1/sites/{id}/bookings", d.karlsruheSite())
                .then()
                .statusCode(201)
                .body("description", equalTo(description))
                .extract()
                .path("id");
        String reversal = Api.asRole(Roles.PROGRAM_OFFICE)
                .post("/api/v1/bookings/{id}/reversal", id)
                .then()
                .statusCode(201)
                .body("amountCents", equalTo(-10_000))
                .extract()
                .path("description");
        org.assertj.core.api.Assertions.assertThat(reversal)
                .hasSize(500)
                .startsWith("Storno: Fahrtkosten Regionalkonferenz ää")
                .endsWith("ä…");
    }

    static io.restassured.response.Response book(String siteId, String kind, long cents) {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        kind,
                        "description",
                        "Buchung " + kind,
                        "amountCents",
                        cents,
                        "bookingDate",
                        "2019-11-01",
                        "days",
                        1))
                .post("/api/v1/sites/{id}/bookings", siteId);
    }
}
