package de.pakt.common.persistence;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Native statements whose answer is one column of a basic type: a count, a flag, a text, an id. Use this instead of
 * {@code session.createNativeQuery(sql, Long.class)}: for a basic result class Hibernate 7.2 maps the result with an
 * implicit builder that has no {@code equals}, so the plan's key never matches the next execution's. Each execution
 * stores one more plan in the query plan cache, every one under the same hash. The cache fills up (2,048 plans), and
 * each later lookup of that statement is compared against all of them. Before this class existed, that was more than
 * half of the CPU of a cached ranking (docs/performance.md). Naming the column gives the mapping a builder with an
 * equality, so the statement's one plan is found again. {@code PlanCacheTest} refuses the plain form in the sources.
 * ADR 0022.
 */
public final class ScalarQuery {

    private ScalarQuery() {}

    /** {@code sql} must select exactly one column, named {@code column} (an alias where it is an expression). */
    public static <T> NativeQuery<T> of(Session session, String sql, String column, Class<T> type) {
        return session.createNativeQuery(sql, type).addScalar(column, type);
    }
}
