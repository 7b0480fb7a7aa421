package de.pakt.client.scenario;

import java.io.File;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import de.pakt.client.ApiClient;
import de.pakt.client.ApiResponse;
import de.pakt.client.api.CalendarApi;
import de.pakt.client.api.EventsApi;
import de.pakt.client.api.IntegrationApi;
import de.pakt.client.api.RegistrationsApi;
import de.pakt.client.model.Change;
import de.pakt.client.model.ChangePage;
import de.pakt.client.model.ChangeType;
import de.pakt.client.model.Event;
import de.pakt.client.model.EventStatus;
import de.pakt.client.model.Registration;
import de.pakt.client.model.RegistrationInput;
import de.pakt.client.model.WebhookSubscription;
import de.pakt.client.model.WebhookSubscriptionInput;

/**
 * What an integrator's Java system does, with the client openapi-generator made from openapi.yaml: a service-account
 * token, the change feed, a signed webhook received and verified on a local receiver, a participant registered with
 * an Idempotency-Key (sent twice, registered once), and the ICS download. Exits non-zero on the first failure.
 *
 * <p>PAKT_API (default http://localhost:8080), PAKT_TOKEN_URL, PAKT_CLIENT_ID, PAKT_CLIENT_SECRET.
 */
public final class IntegrationScenario {

    record Received(String id, String timestamp, String signature, String body) {}

    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Exception | AssertionError e) {
            System.err.println("[java-client] FAILED: " + e);
            System.exit(1);
        }
    }

    static void run() throws Exception {
        String api = env("PAKT_API", "http://localhost:8080");
        String token = token(
                env("PAKT_TOKEN_URL", "http://localhost:8180/realms/pakt/protocol/openid-connect/token"),
                env("PAKT_CLIENT_ID", "pakt-event-partner"),
                env("PAKT_CLIENT_SECRET", "pakt-event-partner-demo-secret"));
        step("service-account token received");

        ApiClient client = new ApiClient();
        client.updateBaseUri(api);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        IntegrationApi integration = new IntegrationApi(client);

        String cursor = null;
        ChangePage page;
        do {
            page = integration.listChanges(cursor, null, 1000);
            cursor = page.getNext();
        } while (Boolean.TRUE.equals(page.getHasMore()));
        step("feed read to its end (cursor " + cursor + ")");

        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            var h = exchange.getRequestHeaders();
            received.add(new Received(
                    h.getFirst("webhook-id"),
                    h.getFirst("webhook-timestamp"),
                    h.getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        WebhookSubscription subscription = integration.createWebhookSubscription(new WebhookSubscriptionInput()
                .url(url)
                .eventTypes(java.util.Set.of(ChangeType.REGISTRATION_CHANGED))
                .description("Java client scenario"));
        check(subscription.getSecret() != null && subscription.getSecret().startsWith("whsec_"), "secret shown once");
        step("subscribed " + url);

        try {
            Event event = new EventsApi(client)
                    .listEvents(0, 50, null, EventStatus.OPEN, null, null).getItems().stream()
                            .filter(e -> e.getRegistrationDeadline().isAfter(OffsetDateTime.now()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("an open event with a future deadline (demo data)"));
            RegistrationsApi registrations = new RegistrationsApi(client);
            String key = UUID.randomUUID().toString();
            RegistrationInput person =
                    new RegistrationInput().name("Jakob Java").email("jakob." + key + "@example.org");
            ApiResponse<Registration> first = registrations.registerForEventWithHttpInfo(event.getId(), person, key);
            ApiResponse<Registration> again = registrations.registerForEventWithHttpInfo(event.getId(), person, key);
            check(first.getData().getId().equals(again.getData().getId()), "the retried registration is the same one");
            check(
                    again.getHeaders().getOrDefault("idempotent-replayed", List.of()).contains("true"),
                    "the retry is marked as a replay");
            UUID registration = first.getData().getId();
            step("registered " + registration + " once for \"" + event.getTitle() + "\" (retried with one key)");

            Received hook = null;
            ObjectMapper json = new ObjectMapper();
            for (Instant deadline = Instant.now().plusSeconds(30); hook == null && Instant.now().isBefore(deadline); ) {
                for (Received r : received) {
                    JsonNode body = json.readTree(r.body());
                    if (body.get("data").get("resourceId").asText().equals(registration.toString())) {
                        hook = r;
                    }
                }
                if (hook == null) {
                    Thread.sleep(250);
                }
            }
            check(hook != null, "webhook for the registration within 30 s");
            check(verify(subscription.getSecret(), hook), "webhook signature verifies");
            check(
                    !verify(subscription.getSecret(), new Received(hook.id(), hook.timestamp(), hook.signature(), hook.body() + " ")),
                    "a changed body does not verify");
            step("webhook " + hook.id() + " received and verified");

            ChangePage changes = integration.listChanges(cursor, List.of(ChangeType.REGISTRATION_CHANGED), 100);
            String hookId = hook.id();
            Change change = changes.getItems().stream()
                    .filter(c -> c.getResourceId().equals(registration))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the feed lists the registration's change"));
            check(change.getId().toString().equals(hookId), "feed and webhook carry the same change");
            step("feed lists " + change.getType() + " " + change.getId());

            File ics = new CalendarApi(client).getEventCalendar();
            String calendar = Files.readString(ics.toPath());
            check(calendar.startsWith("BEGIN:VCALENDAR"), "ICS download");
            step("calendar downloaded (" + calendar.length() + " characters)");

            Registration cancelled = registrations.cancelRegistration(registration);
            check(cancelled.getStatus().getValue().equals("CANCELLED"), "cancelled again");
        } finally {
            ApiResponse<WebhookSubscription> current = integration.getWebhookSubscriptionWithHttpInfo(subscription.getId());
            integration.deleteWebhookSubscription(
                    subscription.getId(), current.getHeaders().get("etag").get(0));
            server.stop(0);
        }
        step("scenario passed");
    }

    /** Standard Webhooks verification, as docs/integration.md shows it. */
    static boolean verify(String secret, Received r) throws Exception {
        if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(r.timestamp())) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder()
                .encodeToString(mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        for (String candidate : r.signature().split(" ")) {
            if (MessageDigest.isEqual(
                    candidate.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    static String token(String tokenUrl, String clientId, String secret) throws Exception {
        String form = Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(tokenUrl))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        check(response.statusCode() == 200, "token endpoint answered " + response.statusCode());
        return new ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    static void step(String text) {
        System.out.println("[java-client] " + text);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
