package de.pakt.common.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import de.pakt.common.config.PaktConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells this replica that domain data changed, whoever changed them (any replica, a migration, an operator's SQL): a
 * statement trigger on every domain table sends a NOTIFY (V16__data_change_signal.sql), which PostgreSQL delivers
 * only when the writing transaction commits, and one connection per replica LISTENs. Caches of figures derived from
 * the whole programme compare {@link #current()} with the generation they were computed at instead of asking the
 * database. A figure computed while a change committed carries the generation from before the change's notification,
 * so it is never taken for a newer one. While the connection is down, {@link #current()} is empty and caches step
 * aside. Started only where a cache uses it (pakt.dashboard.cache-ttl or pakt.portal.cache-ttl above 0). ADR 0017.
 */
@ApplicationScoped
public class DataChangeSignal {

    private static final Logger LOG = Logger.getLogger(DataChangeSignal.class);

    /** The channel of V16's trigger function. */
    static final String CHANNEL = "pakt_data_changed";

    /** How long one wait for notifications lasts before the connection is checked with a statement. */
    private static final int WAIT_MILLIS = 10_000;

    private final AtomicLong generation = new AtomicLong();

    private volatile boolean listening;

    private volatile boolean stopped;

    /** Only the listener thread reads and writes it. */
    private boolean failing;

    private Thread listener;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PaktConfig config;

    void start(@Observes StartupEvent started) {
        if (config.dashboard().cacheTtl().isZero() && config.portal().cacheTtl().isZero()) {
            return;
        }
        listener = new Thread(this::listen, "pakt-data-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
        listening = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** The number of changes heard so far, or empty while changes cannot be heard. */
    public OptionalLong current() {
        return listening ? OptionalLong.of(generation.get()) : OptionalLong.empty();
    }

    private void listen() {
        while (!stopped) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // Whatever changed before this moment was not heard: nothing computed earlier counts as current.
                generation.incrementAndGet();
                listening = true;
                if (failing) {
                    LOG.info("Listening for data changes again");
                    failing = false;
                }
                while (!stopped) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        generation.incrementAndGet();
                    } else {
                        statement.execute("select 1"); // a connection that broke silently fails here
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                generation.incrementAndGet();
                if (!stopped) {
                    if (!failing) { // once per outage, not every attempt
                        LOG.warnf(
                                "Listening for data changes failed (%s); cached figures are bypassed until it reconnects",
                                e.getClass().getSimpleName());
                    }
                    failing = true;
                    pause();
                }
            } finally {
                listening = false;
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
