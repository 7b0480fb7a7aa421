package de.pakt.testsupport;

import java.util.function.LongSupplier;

import org.hibernate.SessionFactory;

/** The SQL statements a request costs, counted by Hibernate's statistics. */
public final class Statements {

    private Statements() {}

    /**
     * The fewest statements of three runs of the same request: the statistics count the whole application, so a
     * background job (webhook worker, reminders) that runs during one of them must not count as the request's own.
     */
    public static long fewest(SessionFactory sessions, Runnable request) {
        return fewest(() -> sessions.getStatistics().getPrepareStatementCount(), request);
    }

    /** The fewest that {@code counter} (one of Hibernate's statistics) grows by in three runs of the same request. */
    public static long fewest(LongSupplier counter, Runnable request) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = counter.getAsLong();
            request.run();
            fewest = Math.min(fewest, counter.getAsLong() - before);
        }
        return fewest;
    }
}
