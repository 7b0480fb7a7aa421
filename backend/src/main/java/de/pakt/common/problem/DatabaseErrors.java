package de.pakt.common.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * What a database error means for the caller, read from the exception's cause chain. Services check their rules
 * before writing; these are the last line when two requests race past a check (a unique index wins) or the database
 * is away. Never a 500 for either.
 */
final class DatabaseErrors {

    static final int RETRY_AFTER_SECONDS = 5;

    /** Unique indexes whose violation names a field of the request (the index name is PostgreSQL's). */
    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "facilitator_email_idx", "email",
            "facilitator_account_subject_idx", "accountSubject",
            "topic_name_idx", "name",
            "registration_person_idx", "email",
            "application_live_per_applicant", "applicantKey");

    enum Kind {
        DUPLICATE,
        REFERENCED,
        INVALID_VALUE,
        CONCURRENT_CHANGE,
        UNAVAILABLE
    }

    record Failure(Kind kind, Optional<String> field) {}

    private DatabaseErrors() {}

    /**
     * Walks causes and suppressed exceptions: an error at commit reaches the caller as a RollbackException whose
     * cause is empty and whose suppressed exception is Hibernate's.
     */
    static Optional<Failure> classify(Throwable error) {
        Deque<Throwable> pending = new ArrayDeque<>(List.of(error));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Throwable cause = pending.pop();
            if (!seen.add(cause)) {
                continue;
            }
            Optional<Failure> failure = classifyOne(cause);
            if (failure.isPresent()) {
                return failure;
            }
            if (cause.getCause() != null) {
                pending.add(cause.getCause());
            }
            pending.addAll(List.of(cause.getSuppressed()));
        }
        return Optional.empty();
    }

    private static Optional<Failure> classifyOne(Throwable cause) {
        if (cause instanceof JDBCConnectionException
                || cause instanceof ConnectException
                || cause instanceof SQLTransientConnectionException
                || isAcquisitionTimeout(cause)) {
            return Optional.of(new Failure(Kind.UNAVAILABLE, Optional.empty()));
        }
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return Optional.of(new Failure(Kind.CONCURRENT_CHANGE, Optional.empty()));
        }
        if (cause instanceof ConstraintViolationException violation && "23505".equals(violation.getSQLState())) {
            return Optional.of(new Failure(
                    Kind.DUPLICATE,
                    Optional.ofNullable(violation.getConstraintName()).map(UNIQUE_FIELDS::get)));
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // Away, restarting, or (55P03, 57014) a lock or a statement that timed out: worth retrying in a moment.
            if (state.startsWith("08")
                    || state.equals("57P01")
                    || state.equals("57P02")
                    || state.equals("57P03")
                    || state.equals("55P03")
                    || state.equals("57014")) {
                return Optional.of(new Failure(Kind.UNAVAILABLE, Optional.empty()));
            }
            if (state.equals("23505")) {
                return Optional.of(new Failure(Kind.DUPLICATE, uniqueIndexIn(sql.getMessage())));
            }
            if (state.equals("23503")) {
                return Optional.of(new Failure(Kind.REFERENCED, Optional.empty()));
            }
            // A check or not-null constraint: the services check these rules first; this is the last line.
            if (state.startsWith("22") || state.equals("23514") || state.equals("23502")) {
                return Optional.of(new Failure(Kind.INVALID_VALUE, Optional.empty()));
            }
            if (state.equals("40001") || state.equals("40P01")) {
                return Optional.of(new Failure(Kind.CONCURRENT_CHANGE, Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** PostgreSQL names the index in its message: duplicate key value violates unique constraint "topic_name_idx". */
    private static Optional<String> uniqueIndexIn(String message) {
        if (message == null) {
            return Optional.empty();
        }
        return UNIQUE_FIELDS.entrySet().stream()
                .filter(e -> message.contains("\"" + e.getKey() + "\""))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Agroal's pool reports an unreachable database as a plain SQLException after its acquisition timeout. */
    private static boolean isAcquisitionTimeout(Throwable cause) {
        return cause instanceof SQLException
                && cause.getMessage() != null
                && cause.getMessage().contains("Acquisition timeout");
    }
}
