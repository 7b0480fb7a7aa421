package de.pakt.common.problem;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What reaches the caller for each database error: a 4xx or a 503 to retry, never a 500. */
class DatabaseErrorsTest {

    static DatabaseErrors.Kind kindOf(String sqlState) {
        // As Hibernate hands it on: PostgreSQL's SQLException as the cause of a persistence exception.
        return DatabaseErrors.classify(new PersistenceException("write failed", new SQLException("x", sqlState)))
                .map(DatabaseErrors.Failure::kind)
                .orElse(null);
    }

    @Test
    void everyConstraintAndEveryPassingTroubleHasItsAnswer() {
        assertThat(kindOf("23505")).isEqualTo(DatabaseErrors.Kind.DUPLICATE);
        assertThat(kindOf("23503")).isEqualTo(DatabaseErrors.Kind.REFERENCED);
        assertThat(kindOf("22001")).isEqualTo(DatabaseErrors.Kind.INVALID_VALUE);
        assertThat(kindOf("23514")).as("check constraint").isEqualTo(DatabaseErrors.Kind.INVALID_VALUE);
        assertThat(kindOf("23502")).as("not null").isEqualTo(DatabaseErrors.Kind.INVALID_VALUE);
        assertThat(kindOf("40001")).isEqualTo(DatabaseErrors.Kind.CONCURRENT_CHANGE);
        assertThat(kindOf("57P01")).isEqualTo(DatabaseErrors.Kind.UNAVAILABLE);
        assertThat(kindOf("55P03")).as("lock not available").isEqualTo(DatabaseErrors.Kind.UNAVAILABLE);
        assertThat(kindOf("57014")).as("statement timeout").isEqualTo(DatabaseErrors.Kind.UNAVAILABLE);
        assertThat(kindOf("42P01"))
                .as("a programming error stays a 500, logged with an id")
                .isNull();
    }
}
