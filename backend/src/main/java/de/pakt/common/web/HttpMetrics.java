package de.pakt.common.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Response times as a histogram with fixed buckets, so that Prometheus can compute the p99 over all replicas
 * ({@code histogram_quantile}, docs/operations.md); Micrometer's default (count, sum, max) cannot be aggregated into
 * a percentile. A dozen buckets per route keep the series count small.
 */
@Singleton
public class HttpMetrics {

    @Produces
    @Singleton
    MeterFilter responseTimeBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(seconds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
                        .build()
                        .merge(config);
            }
        };
    }

    /** Timers keep nanoseconds; Prometheus shows the buckets in seconds. */
    private static double[] seconds(double... values) {
        double[] nanos = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            nanos[i] = values[i] * 1e9;
        }
        return nanos;
    }
}
