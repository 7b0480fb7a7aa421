package de.pakt.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.integration.webhook.WebhookDeliveries;
import de.pakt.integration.webhook.WebhookWorker;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.Tokens;
import de.pakt.testsupport.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * Webhooks to a real HTTP receiver on loopback, sent by the real worker (run by the test, so that what it asserts is
 * deterministic; in production every replica runs it each second). The retry schedule in tests is 0.3 s × 3.
 */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    WebhookWorker worker;

    @Inject
    WebhookDeliveries deliveryRows;

    final ObjectMapper json = new ObjectMapper();

    record Subscription(String id, String secret, String etag) {}

    /** Subscriptions this test made, deleted after it, so that they do not receive the next test's changes. */
    static final List<String> MADE = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void unsubscribe() {
        for (String id : MADE) {
            String etag = Api.asRole(Roles.PROGRAM_OFFICE)
                    .get("/api/v1/webhook-subscriptions/" + id)
                    .then()
                    .extract()
                    .header("ETag");
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .header("If-Match", etag)
                    .delete("/api/v1/webhook-subscriptions/" + id)
                    .then()
                    .statusCode(204);
        }
        MADE.clear();
    }

    static Subscription subscribe(String url, String... types) {
        var created = Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(types)))
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract();
        MADE.add(created.path("id"));
        return new Subscription(created.path("id"), created.path("secret"), created.header("ETag"));
    }

    /** Runs the worker until {@code done} holds (waiting out retry delays), at most 15 s. */
    void deliverUntil(Callable<Boolean> done) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!done.call()) {
            assertThat(Instant.now()).as("deliveries finished in time").isBefore(deadline);
            worker.runUntilIdle();
            Thread.sleep(100);
        }
    }

    static JsonPath deliveries(String subscription) {
        return Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Verifies as the Standard Webhooks specification says a receiver must, independent of Pakt's own code. */
    static boolean signatureValid(String secret, WebhookReceiver.Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal(
                        (r.webhookId() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        return List.of(r.signature().split(" ")).contains("v1," + expected);
    }

    @Test
    void aChangeIsPostedSignedWithItsFeedEntry() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> 204)) {
            Subscription s = subscribe(receiver.url(), "program.created");
            assertThat(s.secret()).startsWith("whsec_");
            String program = IntegrationFixtures.createProgram("Webhook")[0];

            deliverUntil(() -> !receiver.received().isEmpty());

            WebhookReceiver.Received r = receiver.received().get(0);
            assertThat(signatureValid(s.secret(), r)).isTrue();
            assertThat(Long.parseLong(r.timestamp()))
                    .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(30L));
            JsonNode body = json.readTree(r.body());
            assertThat(body.get("type").asText()).isEqualTo("program.created");
            assertThat(body.get("data").get("resourceId").asText()).isEqualTo(program);
            assertThat(body.get("data").get("id").asText()).isEqualTo(r.webhookId());
            // A tampered body does not verify.
            assertThat(signatureValid(
                            s.secret(),
                            new WebhookReceiver.Received(
                                    r.webhookId(),
                                    r.timestamp(),
                                    r.signature(),
                                    r.body().replace(program, "x"),
                                    r.at(),
                                    0)))
                    .isFalse();
            JsonPath log = deliveries(s.id());
            assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
            assertThat(log.getInt("items[0].attemptLog[0].statusCode")).isEqualTo(204);
            // The secret is shown once.
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .get("/api/v1/webhook-subscriptions/" + s.id())
                    .then()
                    .body("secret", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void failuresAndTimeoutsAreRetriedUntilTheReceiverRecovers() throws Exception {
        // 503, 500, then a hang longer than the 1 s read timeout, then 200.
        IntUnaryOperator answers = n -> switch (n) {
            case 0 -> 503;
            case 1 -> 500;
            case 2 -> -1500;
            default -> 200;
        };
        try (WebhookReceiver receiver = new WebhookReceiver(answers)) {
            Subscription s = subscribe(receiver.url(), "program.created");
            IntegrationFixtures.createProgram("Wiederholt");

            deliverUntil(() -> "DELIVERED".equals(deliveries(s.id()).getString("items[0].status")));

            JsonPath log = deliveries(s.id());
            assertThat(log.getInt("items[0].attempts")).isEqualTo(4);
            assertThat(log.<Integer>getList("items[0].attemptLog.statusCode")).containsExactly(503, 500, null, 200);
            assertThat(log.getString("items[0].attemptLog[2].error")).isEqualTo("Zeitüberschreitung");
            // Every attempt carried the same webhook-id: the receiver can de-duplicate.
            assertThat(receiver.received().stream()
                            .map(WebhookReceiver.Received::webhookId)
                            .distinct())
                    .hasSize(1);
        }
    }

    static double metric(String name) {
        return de.pakt.testsupport.Metrics.value(name);
    }

    @Test
    void operatorsSeeTheBacklogItsAgeAndTheDeliveriesGivenUpAsMetrics() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> 502)) {
            Subscription s = subscribe(receiver.url(), "program.created");
            double pendingBefore = metric("pakt_webhook_deliveries_pending");
            double failedBefore = metric("pakt_webhook_deliveries_failed");

            IntegrationFixtures.createProgram("Gezählt");
            Thread.sleep(1100);
            assertThat(metric("pakt_webhook_deliveries_pending")).isEqualTo(pendingBefore + 1);
            assertThat(metric("pakt_webhook_deliveries_oldest_due_seconds")).isGreaterThanOrEqualTo(1.0);

            deliverUntil(() -> "FAILED".equals(deliveries(s.id()).getString("items[0].status")));
            Thread.sleep(1100); // a scrape reuses the database's answer for a second
            assertThat(metric("pakt_webhook_deliveries_failed")).isGreaterThanOrEqualTo(failedBefore + 1);
            assertThat(metric("pakt_webhook_deliveries_pending")).isLessThanOrEqualTo(pendingBefore);
        }
    }

    @Test
    void afterTheLastRetryTheDeliveryIsGivenUpAndTheSubscriptionPausedThenRedeliveredByHand() throws Exception {
        boolean[] recovered = {false};
        try (WebhookReceiver receiver = new WebhookReceiver(n -> recovered[0] ? 200 : 502)) {
            Subscription s = subscribe(receiver.url(), "program.created");
            IntegrationFixtures.createProgram("Aufgegeben");

            deliverUntil(() -> "FAILED".equals(deliveries(s.id()).getString("items[0].status")));

            assertThat(deliveries(s.id()).getInt("items[0].attempts")).isEqualTo(4);
            var paused = Api.asRole(Roles.PROGRAM_OFFICE)
                    .get("/api/v1/webhook-subscriptions/" + s.id())
                    .then()
                    .body("status", is("PAUSED"))
                    .body("pausedReason", containsString("4 Versuchen"))
                    .extract();
            // Paused: new changes are not queued for it.
            IntegrationFixtures.createProgram("Während der Pause");
            assertThat(deliveries(s.id()).getInt("totalItems")).isEqualTo(1);

            recovered[0] = true;
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .contentType(ContentType.JSON)
                    .header("If-Match", paused.header("ETag"))
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("program.created"), "active", true))
                    .put("/api/v1/webhook-subscriptions/" + s.id())
                    .then()
                    .statusCode(200)
                    .body("status", is("ACTIVE"))
                    .body("pausedReason", org.hamcrest.Matchers.nullValue());
            String delivery = deliveries(s.id()).getString("items[0].id");
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .post("/api/v1/webhook-deliveries/" + delivery + "/redelivery")
                    .then()
                    .statusCode(202)
                    .body("status", is("PENDING"));

            deliverUntil(() -> "DELIVERED".equals(deliveries(s.id()).getString("items[0].status")));
            List<WebhookReceiver.Received> got = receiver.received();
            assertThat(got.get(got.size() - 1).webhookId()).isEqualTo(got.get(0).webhookId());
        }
    }

    @Test
    void aRefusalOtherThanOverloadIsNotRetried() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> 400)) {
            Subscription s = subscribe(receiver.url(), "program.created");
            IntegrationFixtures.createProgram("Abgelehnt");
            deliverUntil(() -> "FAILED".equals(deliveries(s.id()).getString("items[0].status")));
            assertThat(deliveries(s.id()).getInt("items[0].attempts")).isEqualTo(1);
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .get("/api/v1/webhook-subscriptions/" + s.id())
                    .then()
                    .body("status", is("ACTIVE"));
        }
    }

    /** A later change of a resource waits until the earlier one is through: the receiver sees them in order. */
    @Test
    void changesOfOneResourceArriveInOrderEvenWhenTheFirstIsRetried() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> n == 0 ? 503 : 200)) {
            Subscription s = subscribe(receiver.url(), "program.created", "program.changed");
            String[] program = IntegrationFixtures.createProgram("Reihenfolge 1");
            String etag = IntegrationFixtures.renameProgram(program[0], program[1], "Reihenfolge 2");
            IntegrationFixtures.renameProgram(program[0], etag, "Reihenfolge 3");

            deliverUntil(() -> receiver.received().stream()
                            .filter(r -> r.answered() == 200)
                            .count()
                    == 3);

            List<String> types = new ArrayList<>();
            for (WebhookReceiver.Received r : receiver.received()) {
                types.add(json.readTree(r.body()).get("type").asText() + ":" + r.answered());
            }
            assertThat(types)
                    .containsExactly(
                            "program.created:503", "program.created:200", "program.changed:200", "program.changed:200");
        }
    }

    /** Two workers claim side by side: every change reaches the receiver exactly once. */
    @Test
    void twoWorkersRacingDeliverEveryChangeExactlyOnce() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> 200)) {
            subscribe(receiver.url(), "program.created");
            int changes = 60;
            for (int i = 0; i < changes; i++) {
                IntegrationFixtures.createProgram("Rennen " + i);
            }
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                runs.add(two.submit(() -> worker.runUntilIdle()));
            }
            int attempted = 0;
            for (Future<Integer> run : runs) {
                attempted += run.get();
            }
            two.shutdown();
            deliverUntil(() -> receiver.received().size() >= changes);
            List<String> ids = receiver.received().stream()
                    .map(WebhookReceiver.Received::webhookId)
                    .toList();
            assertThat(ids).hasSize(changes);
            assertThat(Set.copyOf(ids)).hasSize(changes);
            assertThat(attempted).as("deliveries the two workers attempted").isEqualTo(changes);
        }
    }

    /**
     * A worker that claims a delivery and dies (it never reports back) loses it when its lease runs out; another worker
     * then sends it, once.
     */
    @Test
    void aDeliveryOfAWorkerThatDiedIsSentByAnotherWhenItsLeaseRunsOut() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(n -> 200)) {
            Subscription s = subscribe(receiver.url(), "program.created");
            IntegrationFixtures.createProgram("Verwaist");
            List<WebhookDeliveries.Claim> dead = deliveryRows.claim(100, java.time.Duration.ofMillis(300));
            assertThat(dead).anyMatch(c -> c.subscriptionId().toString().equals(s.id()));
            // While the lease holds, nobody else takes it.
            worker.runUntilIdle();
            assertThat(receiver.received()).isEmpty();

            Thread.sleep(400);
            deliverUntil(() -> "DELIVERED".equals(deliveries(s.id()).getString("items[0].status")));
            assertThat(receiver.received()).hasSize(1);
            // The dead worker's late report changes nothing: it no longer holds the lease.
            WebhookDeliveries.Claim mine = dead.stream()
                    .filter(c -> c.subscriptionId().toString().equals(s.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(deliveryRows.succeeded(
                            mine,
                            new WebhookDeliveries.Attempt(1, java.time.Instant.now(), 1, 200, null),
                            "dead-worker"))
                    .isFalse();
            assertThat(deliveries(s.id()).<String>getList("items[0].attemptLog.error"))
                    .hasSize(1);
        }
    }

    @Test
    void addressesInsideTheNetworkAreRefused() {
        for (String url : List.of(
                "http://169.254.169.254/latest/meta-data/",
                "https://169.254.169.254/",
                "https://[fe80::1]/hook",
                "https://[::ffff:169.254.169.254]/hook",
                "https://0.0.0.0/hook",
                "https://224.0.0.1/hook",
                "ftp://example.org/hook",
                "https://user:secret@localhost/hook",
                "http://pakt-receiver.invalid/hook")) {
            Api.asRole(Roles.PROGRAM_OFFICE)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("site.created")))
                    .post("/api/v1/webhook-subscriptions")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", is("url"));
        }
    }

    @Test
    void anEmptyChangeTypeIsRefused() {
        Api.invalidRequest()
                .auth()
                .oauth2(Tokens.forRole(Roles.PROGRAM_OFFICE))
                .contentType(ContentType.JSON)
                .body("{\"url\":\"https://localhost:9/x\",\"eventTypes\":[null]}")
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(400);
    }

    @Test
    void anIntegrationClientSubscribesOnlyToWhatItsScopesSeeAndManagesOnlyItsOwn() {
        Api.as(Tokens.integration(Scopes.WEBHOOKS_MANAGE, Scopes.PUBLIC_READ))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://localhost:9/x", "eventTypes", List.of("application.submitted")))
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(400)
                .body("errors[0].field", is("eventTypes"));
        String own = Api.as(Tokens.integration(Scopes.WEBHOOKS_MANAGE, Scopes.PUBLIC_READ))
                .contentType(ContentType.JSON)
                .body(Map.of("url", "https://localhost:9/x", "eventTypes", List.of("site.created"), "active", false))
                .post("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(Tokens.integration(Scopes.WEBHOOKS_MANAGE))
                .get("/api/v1/webhook-subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(own));
        // The programme office sees every subscription, but cannot widen it beyond its owner's scopes.
        String etag = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/webhook-subscriptions/" + own)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Api.asRole(Roles.PROGRAM_OFFICE)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("url", "https://localhost:9/x", "eventTypes", List.of("application.submitted")))
                .put("/api/v1/webhook-subscriptions/" + own)
                .then()
                .statusCode(400)
                .body("errors[0].field", is("eventTypes"));
    }
}
