package de.pakt.common.web;

import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

/**
 * Gauges of a work queue kept in the database (webhook deliveries, e-mails): one query per scrape serves all of a
 * queue's gauges (the reading is reused for a second, no longer, so nothing stale is kept), and every replica reports
 * the same cluster-wide figures (alert on {@code max}). NaN while the database cannot answer: the scrape goes on, the
 * health check reports the database.
 */
public final class BacklogGauges<T> {

    private static final Logger LOG = Logger.getLogger(BacklogGauges.class);
    private static final long REUSE_NANOS = 1_000_000_000L;

    private final MeterRegistry registry;
    private final Supplier<T> read;
    private T last;
    private long readAt;

    public BacklogGauges(MeterRegistry registry, Supplier<T> read) {
        this.registry = registry;
        this.read = read;
    }

    /** A gauge of one figure of the reading; {@code seconds} gives it that base unit. */
    public BacklogGauges<T> gauge(String name, String description, boolean seconds, ToDoubleFunction<T> value) {
        Gauge.Builder<BacklogGauges<T>> gauge = Gauge.builder(name, this, g -> g.value(value))
                .description(description)
                .strongReference(true);
        if (seconds) {
            gauge.baseUnit("seconds");
        }
        gauge.register(registry);
        return this;
    }

    private synchronized double value(ToDoubleFunction<T> value) {
        try {
            if (last == null || System.nanoTime() - readAt > REUSE_NANOS) {
                last = read.get();
                readAt = System.nanoTime();
            }
            return value.applyAsDouble(last);
        } catch (RuntimeException e) {
            LOG.debugf("backlog unavailable: %s", e.getClass().getSimpleName());
            return Double.NaN;
        }
    }
}
