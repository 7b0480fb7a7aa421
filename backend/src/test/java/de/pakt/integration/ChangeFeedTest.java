package de.pakt.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.round.RoundFixtures;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/** The change feed: what it carries, in which order, for whom; and that the outbox is written with the change. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void aDomainChangeAppearsWithItsTypeVersionAndLink() {
        String from = IntegrationFixtures.end();
        String round = RoundFixtures.openRound(RoundFixtures.roundInput(RoundFixtures.program()));
        String etag =
                Api.anonymous().get("/api/v1/rounds/" + round).then().extract().header("ETag");

        List<Map<String, Object>> changes =
                IntegrationFixtures.readAll(Tokens.forRole(Roles.PROGRAM_OFFICE), from, 100);

        Map<String, Object> opened = changes.stream()
                .filter(c -> c.get("type").equals("round.opened")
                        && c.get("resourceId").equals(round))
                .findFirst()
                .orElseThrow();
        assertThat(opened.get("resourceType")).isEqualTo("round");
        assertThat(opened.get("link")).isEqualTo("/api/v1/rounds/" + round);
        assertThat("\"" + opened.get("version") + "\"").isEqualTo(etag);
        // The link leads to the resource.
        Api.anonymous().get((String) opened.get("link")).then().statusCode(200);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        String from = IntegrationFixtures.end();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(IntegrationFixtures.createProgram("Feed " + i)[0]);
        }
        List<Map<String, Object>> read = IntegrationFixtures.readAll(Tokens.forRole(Roles.PROGRAM_OFFICE), from, 2);
        assertThat(read.stream()
                        .filter(c -> c.get("type").equals("program.created"))
                        .map(c -> c.get("resourceId"))
                        .toList())
                .containsSubsequence(created)
                .containsAll(created);
        assertThat(read.stream().map(c -> c.get("id")).distinct().count()).isEqualTo(read.size());
        // At the end, the cursor stays where it is until something new commits.
        String end = IntegrationFixtures.end();
        var again = IntegrationFixtures.page(Tokens.forRole(Roles.PROGRAM_OFFICE), end, 10);
        assertThat(again.getList("items")).isEmpty();
        assertThat(again.getString("next")).isEqualTo(end);
    }

    /**
     * A change whose transaction is still open holds back the ones that commit after it started writing, so a reader
     * never passes it: once it commits, both appear, in transaction order.
     */
    @Test
    void anOpenTransactionHoldsBackLaterChangesSoNoneIsSkipped() throws Exception {
        String from = IntegrationFixtures.end();
        UUID slow = UUID.randomUUID();
        UUID quick = UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread longTransaction =
                new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
                    outbox.publish(ChangeType.SITE_CHANGED, slow, null);
                    written.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        longTransaction.start();
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(ChangeType.SITE_CHANGED, quick, null));

        List<Map<String, Object>> whileOpen =
                IntegrationFixtures.readAll(Tokens.forRole(Roles.PROGRAM_OFFICE), from, 100);
        assertThat(whileOpen).noneMatch(c -> c.get("resourceId").equals(quick.toString()));

        release.countDown();
        longTransaction.join(10_000);
        List<String> after = IntegrationFixtures.readAll(Tokens.forRole(Roles.PROGRAM_OFFICE), from, 100).stream()
                .map(c -> (String) c.get("resourceId"))
                .filter(id -> id.equals(slow.toString()) || id.equals(quick.toString()))
                .toList();
        assertThat(after).containsExactly(slow.toString(), quick.toString());
    }

    /** The outbox row is part of the change's transaction: a transaction that fails leaves neither. */
    @Test
    void aFailedTransactionLeavesNoChangeAndNoRow() {
        String[] program = IntegrationFixtures.createProgram("Atomar");
        UUID id = UUID.fromString(program[0]);
        long before = rows(id);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("update program set title = 'Nie' where id = ?1")
                            .setParameter(1, id)
                            .executeUpdate();
                    outbox.publish(ChangeType.PROGRAM_CHANGED, id, null);
                    throw new IllegalStateException("the change fails after its row was written");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(rows(id)).isEqualTo(before);
        Api.anonymous().get("/api/v1/programs/" + id).then().body("title", org.hamcrest.Matchers.is("Atomar"));
        // And no row without a transaction to belong to.
        assertThatThrownBy(() -> outbox.publish(ChangeType.PROGRAM_CHANGED, id, null))
                .hasRootCauseInstanceOf(jakarta.transaction.TransactionRequiredException.class);
    }

    @Test
    void anIntegrationClientSeesOnlyTheTypesItsScopesName() {
        String from = IntegrationFixtures.end();
        String round = RoundFixtures.openRound(RoundFixtures.roundInput(RoundFixtures.program()));
        String application = RoundFixtures.submittedApplication(RoundFixtures.MESSKIRCH, round, 1_000_000);

        List<Map<String, Object>> publicOnly =
                IntegrationFixtures.readAll(Tokens.integration(Scopes.PUBLIC_READ), from, 100);
        assertThat(publicOnly).anyMatch(c -> c.get("resourceId").equals(round));
        assertThat(publicOnly).noneMatch(c -> c.get("type").toString().startsWith("application."));

        List<Map<String, Object>> programme =
                IntegrationFixtures.readAll(Tokens.integration(Scopes.PROGRAMME_READ), from, 100);
        assertThat(programme)
                .anyMatch(c -> c.get("type").equals("application.submitted")
                        && c.get("resourceId").equals(application));
        assertThat(programme).noneMatch(c -> c.get("type").toString().startsWith("round."));

        Api.as(Tokens.integration(Scopes.PUBLIC_READ))
                .queryParam("types", "application.submitted")
                .get("/api/v1/changes")
                .then()
                .statusCode(403)
                .body("detail", containsString("application.submitted"));
        Api.as(Tokens.integration(Scopes.PUBLIC_READ, Scopes.PROGRAMME_READ))
                .queryParam("after", from)
                .queryParam("types", "application.submitted")
                .queryParam("types", "round.opened")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body(
                        "items.type",
                        org.hamcrest.Matchers.everyItem(
                                org.hamcrest.Matchers.in(List.of("application.submitted", "round.opened"))));
    }

    @Test
    void aCursorTheFeedNeverHandedOutIsRefused() {
        for (String bad : List.of("nonsense", "c1.bm9wZQ", "c1.LTE6LTE")) {
            Api.invalidRequest()
                    .auth()
                    .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                    .queryParam("after", bad)
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", org.hamcrest.Matchers.is("after"));
        }
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .queryParam("limit", 1001)
                .get("/api/v1/changes")
                .then()
                .statusCode(400);
    }

    private long rows(UUID resource) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from outbox where resource_id = ?1")
                                .setParameter(1, resource)
                                .getSingleResult())
                        .longValue());
    }
}
