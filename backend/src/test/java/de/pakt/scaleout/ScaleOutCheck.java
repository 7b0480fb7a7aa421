package de.pakt.scaleout;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.smallrye.jwt.build.Jwt;

/**
 * The client side of the scale-out stage ({@code scripts/scaleout-check.sh}): drives two backend processes through a
 * real load balancer and checks the database afterwards. The script starts and kills the processes; this class sends
 * the requests and judges what users would notice.
 *
 * <pre>
 * keys DIR                              an RSA key pair: DIR/private.der signs tokens, DIR/public.der verifies them
 * issuer HOST PORT KEYS                 an OpenID provider's discovery document and key set (until killed)
 * check BASE JDBC KEYS HOOK_HOST KEYSTORE SMTP_PORT   parallel bookings, registrations, If-Match edits, webhook
 *                                       deliveries, e-mails (an SMTP server on HOOK_HOST:SMTP_PORT) and reminders
 * load BASE KEYS SECONDS THREADS OUT ALLOWED  writes for SECONDS (or until OUT.stop exists); acknowledged writes go
 *                                       to OUT; answers other than 2xx and ALLOWED fail
 * verify JDBC OUT                       every acknowledged write is in the database, none twice
 * token KEYS ROLE                      prints a signed access token with that role (for wrk in scripts/sizing.sh)
 * dbsize JDBC                           the database's size and its largest tables
 * logs FILE...                          the backends' output: one JSON object per line (production profile), every
 *                                       access line with its request id, no token and no e-mail address anywhere
 * </pre>
 *
 * Tokens are signed here; the backends find the key as they would at Keycloak (discovery document, JWKS), served by
 * the {@code issuer} command: the stage is about replicas, not about the identity provider, which the browser tests
 * exercise for real.
 */
public final class ScaleOutCheck {

    /** The issuer's address (the {@code issuer} command serves its discovery document and keys there). */
    private static final String ISSUER = System.getenv().getOrDefault("PAKT_SCALEOUT_ISSUER", "http://127.0.0.1:18490");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String base;
    private final String token;
    private final List<String> failures = new ArrayList<>();

    private ScaleOutCheck(String base, Path keys) throws Exception {
        this.base = base;
        this.token = token(keys, "program-office");
    }

    public static void main(String[] args) throws Exception {
        int exit = switch (args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "issuer" -> issuer(args[1], Integer.parseInt(args[2]), Path.of(args[3]));
            case "check" ->
                new ScaleOutCheck(args[1], Path.of(args[3]))
                        .check(args[2], args[4], Path.of(args[5]), Integer.parseInt(args[6]));
            case "load" ->
                new ScaleOutCheck(args[1], Path.of(args[2]))
                        .load(
                                Integer.parseInt(args[3]),
                                Integer.parseInt(args[4]),
                                Path.of(args[5]),
                                args.length > 6 ? args[6] : "");
            case "verify" -> verify(args[1], Path.of(args[2]));
            case "token" -> {
                System.out.println(token(Path.of(args[1]), args[2]));
                yield 0;
            }
            case "dbsize" -> dbSize(args[1]);
            case "logs" -> logs(Arrays.stream(args).skip(1).map(Path::of).toList());
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(exit);
    }

    // --- dbsize -------------------------------------------------------------------------------------------------

    private static int dbSize(String jdbc) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "pakt", "pakt");
                PreparedStatement tables = db.prepareStatement("""
                        select c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid)
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'r'
                        order by 3 desc limit 8""")) {
            db.createStatement().execute("analyze");
            System.out.println("database: " + query(db, "select pg_size_pretty(pg_database_size(current_database()))"));
            try (ResultSet r = tables.executeQuery()) {
                while (r.next()) {
                    System.out.printf("  %-28s %8d rows %8d kB%n", r.getString(1), r.getLong(2), r.getLong(3) / 1024);
                }
            }
        }
        return 0;
    }

    // --- logs ---------------------------------------------------------------------------------------------------

    private static int logs(List<Path> files) throws IOException {
        Pattern accessLine = Pattern.compile("(GET|POST|PUT|DELETE|OPTIONS|HEAD) /.*");
        Pattern withRequestId = Pattern.compile("\\S+ \\S+ \\d{3} \\d+ ms [A-Za-z0-9._:-]{8,64}");
        List<String> problems = new ArrayList<>();
        int accessLines = 0;
        for (Path file : files) {
            int lines = 0;
            int access = 0;
            // Decoded leniently and without the last line if a killed process left it unfinished.
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
            for (int i = 0; i < all.size(); i++) {
                String line = all.get(i);
                if (i == all.size() - 1 && !line.endsWith("}")) {
                    System.out.printf("  %s: an unfinished last line (the process was killed)%n", file.getFileName());
                    continue;
                }
                lines++;
                String where = file.getFileName() + ":" + lines + ": ";
                String shown = line.length() > 160 ? line.substring(0, 160) + "…" : line;
                if (line.contains("eyJ") || line.contains("Bearer ")) {
                    problems.add(where + "a token in the log: " + shown);
                }
                // The check's people (registrations, e-mails): their addresses are personal data, never logged.
                if (line.contains("@example.org")) {
                    problems.add(where + "an e-mail address in the log: " + shown);
                }
                JsonNode entry;
                try {
                    entry = JSON.readTree(line);
                } catch (IOException notJson) {
                    problems.add(where + "not a JSON object: " + shown);
                    continue;
                }
                String message = entry.path("message").asText();
                if (accessLine.matcher(message).matches()) {
                    access++;
                    if (!withRequestId.matcher(message).matches()) {
                        problems.add(where + "an access line without a request id: " + message);
                    }
                }
            }
            accessLines += access;
            System.out.printf(
                    "  %s: %d lines, each a JSON object; %d access lines, each with a request id%n",
                    file.getFileName(), lines, access);
        }
        if (accessLines == 0) {
            problems.add("no access line in any log");
        }
        problems.stream().limit(10).forEach(p -> System.out.println("  PROBLEM " + p));
        return problems.isEmpty() ? 0 : 1;
    }

    // --- keys ---------------------------------------------------------------------------------------------------

    private static int keys(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(dir);
        Files.write(dir.resolve("private.der"), pair.getPrivate().getEncoded());
        Files.write(dir.resolve("public.der"), pair.getPublic().getEncoded());
        return 0;
    }

    private static int issuer(String host, int port, Path keys) throws Exception {
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Files.readAllBytes(keys.resolve("public.der"))));
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        byte[] jwks = JSON.writeValueAsBytes(Map.of(
                "keys",
                List.of(Map.of(
                        "kty", "RSA",
                        "kid", "scaleout",
                        "use", "sig",
                        "alg", "RS256",
                        "n", url.encodeToString(unsigned(key.getModulus().toByteArray())),
                        "e", url.encodeToString(unsigned(key.getPublicExponent().toByteArray()))))));
        byte[] discovery = JSON.writeValueAsBytes(Map.of(
                "issuer", ISSUER,
                "jwks_uri", ISSUER + "/protocol/openid-connect/certs",
                "token_endpoint", ISSUER + "/protocol/openid-connect/token",
                "authorization_endpoint", ISSUER + "/protocol/openid-connect/auth",
                "id_token_signing_alg_values_supported", List.of("RS256")));
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.endsWith("/.well-known/openid-configuration")
                    ? discovery
                    : path.endsWith("/protocol/openid-connect/certs") ? jwks : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        System.out.println("issuer ready at " + ISSUER);
        Thread.currentThread().join();
        return 0;
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    private static String token(Path keys, String role) throws Exception {
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keys.resolve("private.der"))));
        return Jwt.issuer(ISSUER)
                .subject(UUID.nameUUIDFromBytes(role.getBytes(StandardCharsets.UTF_8))
                        .toString())
                .audience("pakt-api")
                .claim("preferred_username", "scaleout-" + role)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(3600)
                .jws()
                .keyId("scaleout")
                .sign(key);
    }

    // --- check: correctness across replicas -------------------------------------------------------------------

    private int check(String jdbc, String hookHost, Path keystore, int smtpPort) throws Exception {
        de.pakt.testsupport.SmtpServerResource.useJakartaMailHandlers();
        com.icegreen.greenmail.util.GreenMail smtp =
                new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(
                        smtpPort, hookHost, com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Receiver receiver = new Receiver(hookHost, keystore);
                Connection db = DriverManager.getConnection(jdbc, "pakt", "pakt")) {
            // The kill -9 stage relies on it: an acknowledged commit is on disk.
            String durability =
                    query(db, "select current_setting('fsync') || '/' || current_setting('synchronous_commit')");
            System.out.println("[scaleout] PostgreSQL fsync/synchronous_commit: " + durability);
            expect(durability.equals("on/on"), "PostgreSQL writes durably (fsync and synchronous_commit on)");
            String subscription = post(
                            "/api/v1/webhook-subscriptions",
                            Map.of(
                                    "url",
                                    receiver.url(),
                                    "eventTypes",
                                    List.of("booking.created", "event.changed", "registration.changed"),
                                    "description",
                                    "Scale-out stage"),
                            null)
                    .expect(201, "create the webhook subscription")
                    .json()
                    .get("id")
                    .asText();

            bookings(db);
            registrations(db);
            edits();
            webhooks(db, subscription, receiver);
            emails(db, smtp);
        } finally {
            smtp.stop();
        }
        failures.forEach(f -> System.out.println("[scaleout] FAILED: " + f));
        return failures.isEmpty() ? 0 : 1;
    }

    /** Parallel bookings at one site's grant, spread over both replicas: never more than the grant. */
    private void bookings(Connection db) throws Exception {
        String site = query(
                db,
                "select s.id from site s where s.status in ('ONBOARDING','ACTIVE') order by s.granted_cents"
                        + " - coalesce((select sum(b.amount_cents) from booking b where b.site_id = s.id), 0) desc"
                        + " limit 1");
        long remaining = get("/api/v1/sites/" + site + "/bookings")
                .expect(200, "read the ledger")
                .json()
                .get("remainingCents")
                .asLong();
        int requests = 60;
        long amount = remaining / 25; // room for 25 of them, whatever the demo data booked before
        Map<Integer, Integer> statuses = parallel(
                requests,
                i -> post(
                                "/api/v1/sites/" + site + "/bookings",
                                Map.of(
                                        "kind",
                                        "MATERIAL",
                                        "description",
                                        "Scale-out " + i,
                                        "amountCents",
                                        amount,
                                        "bookingDate",
                                        LocalDate.now().toString()),
                                UUID.randomUUID().toString())
                        .status);
        JsonNode ledger = get("/api/v1/sites/" + site + "/bookings").json();
        long booked = Long.parseLong(query(
                db, "select count(*) from booking where site_id = '" + site + "' and description like 'Scale-out %'"));
        int created = statuses.getOrDefault(201, 0);
        System.out.printf(
                "[scaleout] bookings: %d parallel requests of %d cents at a grant with %d cents left: %s;"
                        + " %d in the database, %d cents left%n",
                requests,
                amount,
                remaining,
                statuses,
                booked,
                ledger.get("remainingCents").asLong());
        expect(created == 25, "exactly 25 bookings fit, " + created + " were booked");
        expect(booked == created, "every booking answered 201 is in the database (" + booked + ")");
        expect(ledger.get("remainingCents").asLong() >= 0, "the grant is never overspent");
        expect(statuses.getOrDefault(409, 0) == requests - 25, "the others are refused with 409: " + statuses);
    }

    /** Parallel registrations beyond an event's capacity: exactly the capacity is registered, the rest wait. */
    private void registrations(Connection db) throws Exception {
        String event = openEvent(10);
        int requests = 40;
        Map<Integer, Integer> statuses = parallel(
                requests,
                i -> post(
                                "/api/v1/events/" + event + "/registrations",
                                Map.of("name", "Teilnehmende " + i, "email", "scaleout-" + i + "@example.org"),
                                UUID.randomUUID().toString())
                        .status);
        Map<String, Integer> inDatabase = new TreeMap<>();
        try (PreparedStatement s =
                db.prepareStatement("select status, count(*) from registration where event_id = ?::uuid group by 1")) {
            s.setString(1, event);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    inDatabase.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        System.out.printf(
                "[scaleout] registrations: %d parallel requests for 10 places: %s; in the database %s%n",
                requests, statuses, inDatabase);
        expect(statuses.getOrDefault(201, 0) == requests, "every registration is taken: " + statuses);
        expect(inDatabase.getOrDefault("REGISTERED", 0) == 10, "exactly 10 registered: " + inDatabase);
        expect(inDatabase.getOrDefault("WAITLISTED", 0) == requests - 10, "the rest waitlisted: " + inDatabase);
    }

    /** Parallel edits of one event with the same ETag: one wins, the others get 412, nothing is lost. */
    private void edits() throws Exception {
        String event = openEvent(50);
        Answer current = get("/api/v1/events/" + event).expect(200, "read the event");
        String etag = current.etag;
        JsonNode original = current.json();
        int requests = 16;
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> winners = new CopyOnWriteArrayList<>();
        parallel(requests, i -> {
            Map<String, Object> body = eventInput(original);
            body.put("title", "Lernnetzwerk nach Bearbeitung " + i);
            Answer a = send("PUT", "/api/v1/events/" + event, body, null, etag);
            if (a.status == 200) {
                winners.add((String) body.get("title"));
            }
            statuses.merge(a.status, 1, Integer::sum);
            return a.status;
        });
        String stored = get("/api/v1/events/" + event).json().get("title").asText();
        System.out.printf(
                "[scaleout] edits: %d parallel PUTs with the same If-Match: %s; stored title \"%s\"%n",
                requests, new TreeMap<>(statuses), stored);
        expect(winners.size() == 1, "exactly one edit wins: " + statuses);
        expect(statuses.getOrDefault(412, 0) == requests - 1, "the others are refused with 412: " + statuses);
        expect(winners.contains(stored), "the winner's edit is what is stored (no lost update)");
    }

    /** Every change the subscription covers reaches the receiver exactly once, from either replica. */
    private void webhooks(Connection db, String subscription, Receiver receiver) throws Exception {
        long expected = 0;
        long pending = -1;
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            expected = Long.parseLong(
                    query(db, "select count(*) from webhook_delivery where subscription_id = '" + subscription + "'"));
            pending = Long.parseLong(query(
                    db,
                    "select count(*) from webhook_delivery where subscription_id = '" + subscription
                            + "' and status <> 'DELIVERED'"));
            if (expected > 0 && pending == 0) {
                break;
            }
            Thread.sleep(500);
        }
        Map<String, Integer> perId = new HashMap<>();
        receiver.ids.forEach(id -> perId.merge(id, 1, Integer::sum));
        long duplicates = perId.values().stream().filter(n -> n > 1).count();
        String workers = query(
                db,
                "select string_agg(distinct a.worker, ', ') from webhook_attempt a join webhook_delivery d"
                        + " on d.id = a.delivery_id where d.subscription_id = '" + subscription + "'");
        System.out.printf(
                "[scaleout] webhooks: %d deliveries due, %d received by the subscriber, %d distinct, %d duplicated,"
                        + " %d not delivered; sent by %s%n",
                expected, receiver.ids.size(), perId.size(), duplicates, pending, workers);
        expect(expected > 0 && pending == 0, "every delivery is delivered within a minute (" + pending + " left)");
        expect(perId.size() == expected, "each delivery arrives (" + perId.size() + " of " + expected + ")");
        expect(duplicates == 0, "no delivery arrives twice (" + duplicates + ")");
    }

    /**
     * Both replicas plan and send e-mails from the same rows, and both run the reminder job every 2 s: every
     * notification arrives once (by its Message-ID), the registrations' people each get one, and a milestone falling
     * due is announced once to each of its site's people.
     */
    private void emails(Connection db, com.icegreen.greenmail.util.GreenMail smtp) throws Exception {
        String site = query(db, """
                select s.id from site s join facilitator f on f.id = s.lead_facilitator_id
                join application a on a.id = s.application_id
                where s.status in ('ONBOARDING', 'ACTIVE') and f.email is not null and a.contact_email is not null
                order by s.id limit 1""");
        String title = "Skalierungs-Meilenstein " + UUID.randomUUID().toString().substring(0, 6);
        String milestone = post(
                        "/api/v1/sites/" + site + "/milestones",
                        Map.of(
                                "title",
                                title,
                                "dueDate",
                                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin"))
                                        .plusDays(3)
                                        .toString()),
                        null)
                .expect(201, "add a milestone due in three days")
                .json()
                .get("id")
                .asText();
        long planned = 0;
        long open = -1;
        long reminders = 0;
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            planned = Long.parseLong(query(db, "select count(*) from notification"));
            open = Long.parseLong(query(db, "select count(*) from notification where status <> 'SENT'"));
            reminders = Long.parseLong(
                    query(db, "select count(*) from notification where subject_id = '" + milestone + "'"));
            if (reminders > 0 && open == 0 && planned >= 40) {
                break;
            }
            Thread.sleep(500);
        }
        Thread.sleep(3000); // a duplicate would arrive now
        Map<String, Integer> perMessageId = new HashMap<>();
        Map<String, Integer> perRegistrant = new TreeMap<>();
        Map<String, Integer> perReminderRecipient = new TreeMap<>();
        for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
            perMessageId.merge(m.getMessageID(), 1, Integer::sum);
            String to = m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
            if (to.startsWith("scaleout-")) {
                perRegistrant.merge(to, 1, Integer::sum);
            }
            if (m.getSubject().contains(title)) {
                perReminderRecipient.merge(to, 1, Integer::sum);
            }
        }
        long duplicates = perMessageId.values().stream().filter(n -> n > 1).count();
        System.out.printf(
                "[scaleout] e-mails: %d planned, %d not sent, %d received (%d distinct, %d duplicated); %d of 40"
                        + " registrants told; the milestone reminder planned %d times, received by %s%n",
                planned,
                open,
                smtp.getReceivedMessages().length,
                perMessageId.size(),
                duplicates,
                perRegistrant.size(),
                reminders,
                perReminderRecipient);
        expect(open == 0, "every e-mail is sent within 90 s (" + open + " left)");
        expect(perMessageId.size() == planned, "each e-mail arrives (" + perMessageId.size() + " of " + planned + ")");
        expect(duplicates == 0, "no e-mail arrives twice (" + duplicates + ")");
        expect(
                perRegistrant.size() == 40 && perRegistrant.values().stream().allMatch(n -> n == 1),
                "each of the 40 registrants gets one e-mail: " + perRegistrant.size());
        expect(
                reminders >= 2
                        && perReminderRecipient.size() == reminders
                        && perReminderRecipient.values().stream().allMatch(n -> n == 1),
                "the reminder reaches each of the site's people once: " + perReminderRecipient);
    }

    // --- load: writes while the script kills and restarts processes --------------------------------------------

    private int load(int seconds, int threads, Path out, String allowedList) throws Exception {
        Set<Integer> allowed = new HashSet<>();
        for (String s : allowedList.split(",")) {
            if (!s.isBlank()) {
                allowed.add(Integer.parseInt(s.trim()));
            }
        }
        String event = openEvent(5000);
        // The script kills processes only once the load runs (setting up the event must not meet the outage).
        Files.writeString(Path.of(out + ".started"), event);
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicLong counter = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    long n = counter.incrementAndGet();
                    String key = run + "-" + n;
                    Map<String, Object> body = Map.of("name", "Last " + key, "email", "load-" + key + "@example.org");
                    String status = null;
                    // As an integrator should: a request without a clear answer (the connection broke, or a
                    // gateway said the service is unavailable) is sent again with the same Idempotency-Key.
                    for (int attempt = 1; attempt <= 3; attempt++) {
                        if (attempt > 1) {
                            retries.incrementAndGet();
                            Thread.sleep(500);
                        }
                        try {
                            Answer a = post("/api/v1/events/" + event + "/registrations", body, key);
                            status = String.valueOf(a.status);
                            if (a.status == 201 || a.status == 200) {
                                acknowledged.add(
                                        "registration " + a.json().get("id").asText() + " " + key);
                            }
                            if (a.status < 502) {
                                break;
                            }
                        } catch (IOException e) {
                            status = "no answer (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                        }
                    }
                    statuses.merge(status, 1, Integer::sum);
                }
                return null;
            }));
        }
        // Until SECONDS have passed or the script says it is done (OUT.stop).
        Instant end = Instant.now().plusSeconds(seconds);
        Path stop = Path.of(out + ".stop");
        while (Instant.now().isBefore(end) && !Files.exists(stop)) {
            Thread.sleep(200);
        }
        running.set(false);
        long took = Duration.between(end.minusSeconds(seconds), Instant.now()).toSeconds();
        for (Future<?> f : workers) {
            f.get();
        }
        pool.shutdown();
        Files.write(out, acknowledged);
        long total = statuses.values().stream().mapToLong(Integer::longValue).sum();
        long failed = statuses.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("2"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        List<String> unexpected = statuses.keySet().stream()
                .filter(s -> !s.startsWith("2"))
                .filter(s -> !allowed.contains(parseOr(s)))
                .toList();
        System.out.printf(
                "[scaleout] load: %d writes in %d s from %d clients: %d acknowledged, %d failed, %d sent again"
                        + " by the client %s%n",
                total, took, threads, acknowledged.size(), failed, retries.get(), new TreeMap<>(statuses));
        if (!unexpected.isEmpty()) {
            System.out.println("[scaleout] FAILED: answers other than 2xx and " + allowed + ": " + unexpected);
            return 1;
        }
        return 0;
    }

    private static int parseOr(String status) {
        try {
            return Integer.parseInt(status);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int verify(String jdbc, Path acknowledgedFile) throws Exception {
        List<String> lines = Files.readAllLines(acknowledgedFile);
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            ids.add(parts[1]);
            keys.add(parts[2]);
        }
        long found = 0;
        long twice = 0;
        try (Connection db = DriverManager.getConnection(jdbc, "pakt", "pakt")) {
            try (PreparedStatement s = db.prepareStatement("select count(*) from registration where id = any(?)")) {
                s.setArray(1, db.createArrayOf("uuid", ids.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    found = rs.getLong(1);
                }
            }
            // The e-mail address carries the request's key: a retried request must not have registered twice.
            try (PreparedStatement s =
                    db.prepareStatement("select count(*) from (select email from registration where email like 'load-%'"
                            + " group by email having count(*) > 1) t")) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    twice = rs.getLong(1);
                }
            }
        }
        System.out.printf(
                "[scaleout] verify: %d acknowledged writes (%d distinct keys), %d of them in the database, %d twice%n",
                lines.size(), keys.size(), found, twice);
        if (found != ids.size() || twice != 0) {
            System.out.println("[scaleout] FAILED: an acknowledged write is missing or doubled");
            return 1;
        }
        return 0;
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** A new event of the first programme with this capacity, open for registration. */
    private String openEvent(int capacity) throws Exception {
        String program =
                get("/api/v1/programs").json().get("items").get(0).get("id").asText();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("programId", program);
        input.put("kind", "NETWORK_MEETING");
        input.put(
                "title",
                "Lernnetzwerk Skalierung " + UUID.randomUUID().toString().substring(0, 6));
        input.put("startsAt", start.toString());
        input.put("endsAt", start.plusHours(4).toString());
        input.put("venue", "Rathaus");
        input.put("capacity", capacity);
        input.put("registrationDeadline", start.minusDays(2).toString());
        Answer created = post("/api/v1/events", input, null).expect(201, "plan an event");
        String id = created.json().get("id").asText();
        send("POST", "/api/v1/events/" + id + "/opening", null, null, created.etag)
                .expect(200, "open registration");
        return id;
    }

    private static Map<String, Object> eventInput(JsonNode event) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of(
                "programId", "kind", "title", "startsAt", "endsAt", "venue", "capacity", "registrationDeadline")) {
            JsonNode value = event.get(field);
            body.put(field, value.isNumber() ? value.asInt() : value.asText());
        }
        return body;
    }

    private interface Call {
        int status(int i) throws Exception;
    }

    private static Map<Integer, Integer> parallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, 16));
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                calls.add(() -> call.status(index));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private void expect(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    private static String query(Connection db, String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rs.getString(1);
        }
    }

    private record Answer(int status, String body, String etag) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        Answer expect(int wanted, String what) {
            if (status != wanted) {
                throw new IllegalStateException(what + ": HTTP " + status + " " + body);
            }
            return this;
        }
    }

    private Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null, null);
    }

    private Answer post(String path, Object body, String idempotencyKey) throws IOException, InterruptedException {
        return send("POST", path, body, idempotencyKey, null);
    }

    private Answer send(String method, String path, Object body, String idempotencyKey, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("ETag").orElse(null));
    }

    /** The subscriber's HTTPS endpoint (a certificate for its address, which the backends trust). */
    private static final class Receiver implements AutoCloseable {
        final List<String> ids = new CopyOnWriteArrayList<>();
        private final HttpsServer server;
        private final String host;

        Receiver(String host, Path keystore) throws Exception {
            this.host = host;
            char[] password = "scaleout".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            server = HttpsServer.create(new InetSocketAddress(host, 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/hook", exchange -> {
                exchange.getRequestBody().readAllBytes();
                ids.add(exchange.getRequestHeaders().getFirst("webhook-id"));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "https://" + host + ":" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
