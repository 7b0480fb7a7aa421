package de.pakt.testsupport;

import org.hibernate.SessionFactory;

/** The SQL statements a request costs, counted by Hibernate's statistics. */
public final class Statements {

    private Statements() {}

    /**
     * The fewest statements of three runs of the same request: the statistics count the whole application, so a
     * background job (webhook worker, reminders) that runs during one of them must not count as the request's own.
     */
    public static long fewest(SessionFactory sessions, Runnable request) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = sessions.getStatistics().getPrepareStatementCount();
            request.run();
            fewest = Math.min(fewest, sessions.getStatistics().getPrepareStatementCount() - before);
        }
        return fewest;
    }
}
