package de.pakt.common.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.ProblemType;
import de.pakt.common.security.CurrentUser;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.apache.commons.codec.digest.DigestUtils;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code Idempotency-Key} for creating POSTs a client may retry. The key is the caller's own (subject + key); the
 * first request's answer is stored in the same transaction as what it created, so a retry either finds both or
 * neither. Parallel requests with one key wait for each other (an advisory lock on the key), never both create.
 */
@ApplicationScoped
public class Idempotency {

    static final Duration KEPT = Duration.ofHours(24);

    /** The first request's answer, as stored for replays. */
    private record StoredAnswer(String requestHash, int status, String body, String location, String etag) {}

    @Inject
    Session session;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper json;

    /**
     * Carries out {@code action} once per key: with no key, simply; with a key seen before and the same body, answers
     * the stored response; with a different body, 422.
     */
    @Transactional
    public <T> RestResponse<T> once(
            String key, String operation, Object body, Class<T> answer, Supplier<RestResponse<T>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isEmpty() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ProblemException.validation(
                    List.of(new FieldViolation("Idempotency-Key", "common.field.idempotencyKey")));
        }
        String subject = user.subject();
        String hash = hash(operation, body);
        session.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, subject + "\n" + key)
                .getSingleResult();
        List<StoredAnswer> seen = session.createNativeQuery("""
                        select request_hash, response_status, response_body, location, etag
                        from idempotency_key where subject = ?1 and key = ?2 and created_at > ?3""", StoredAnswer.class)
                .setParameter(1, subject)
                .setParameter(2, key)
                .setParameter(3, Timestamp.from(Instant.now().minus(KEPT)))
                .getResultList();
        if (!seen.isEmpty()) {
            StoredAnswer first = seen.get(0);
            if (!first.requestHash().equals(hash)) {
                throw new ProblemException(
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        Message.of("common.request.idempotencyKeyReused"),
                        List.of());
            }
            RestResponse.ResponseBuilder<T> replay = RestResponse.ResponseBuilder.<T>create(first.status())
                    .entity(read(first.body(), answer))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header("Idempotent-Replayed", "true");
            if (first.location() != null) {
                replay.header(HttpHeaders.LOCATION, first.location());
            }
            if (first.etag() != null) {
                replay.header(HttpHeaders.ETAG, first.etag());
            }
            return replay.build();
        }
        RestResponse<T> response = action.get();
        session.createNativeQuery("""
                        insert into idempotency_key
                            (subject, key, operation, request_hash, response_status, response_body, location, etag,
                             created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (subject, key) do update set operation = excluded.operation,
                            request_hash = excluded.request_hash, response_status = excluded.response_status,
                            response_body = excluded.response_body, location = excluded.location,
                            etag = excluded.etag, created_at = excluded.created_at""")
                .setParameter(1, subject)
                .setParameter(2, key)
                .setParameter(3, operation)
                .setParameter(4, hash)
                .setParameter(5, response.getStatus())
                .setParameter(6, write(response.getEntity()))
                .setParameter(
                        7,
                        response.getLocation() == null
                                ? null
                                : response.getLocation().toString())
                .setParameter(
                        8,
                        response.getEntityTag() == null
                                ? null
                                : "\"" + response.getEntityTag().getValue() + "\"")
                .setParameter(9, Timestamp.from(Instant.now()))
                .executeUpdate();
        return response;
    }

    /** Keys older than a day are forgotten; every replica may run this, a delete twice does no harm. */
    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forget() {
        session.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(KEPT)))
                .executeUpdate();
    }

    private <T> T read(String stored, Class<T> answer) {
        try {
            return json.readValue(stored, answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent answer is not readable", e);
        }
    }

    private String hash(String operation, Object body) {
        return DigestUtils.sha256Hex(operation + "\n" + write(body));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
