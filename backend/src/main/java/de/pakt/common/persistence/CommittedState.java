package de.pakt.common.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * Which commits the database server has seen: PostgreSQL's current snapshot (one past the latest finished transaction
 * id and the transactions below it still running) with the server's start time. A commit of any transaction that
 * wrote, on any table and from any replica, migration or operator, changes it, and on a running primary it never
 * returns to an earlier value, so two reads at the same state see the same data. The start time keeps a server that
 * lost commits (a crash without synchronous commit, a restore to an earlier point, a failover) from repeating a state
 * with other data. One statement without a table. ADR 0021.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommittedState {

    // No state inside a transaction that has written: its own changes are visible to it but not to other callers,
    // and taking a transaction id does not change the snapshot. None on a standby either: there the snapshot's text
    // does not list the running transactions, so a commit need not change it.
    private static final String STATE = """
            select case when pg_current_xact_id_if_assigned() is null and not pg_is_in_recovery()
                        then pg_postmaster_start_time()::text || ' ' || pg_current_snapshot()::text end as state""";

    @Inject
    Session session;

    /** The current state; empty inside a transaction that has written (or has unwritten changes), or on a standby. */
    public Optional<String> current() {
        if (session.isDirty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                ScalarQuery.of(session, STATE, "state", String.class).getSingleResult());
    }
}
