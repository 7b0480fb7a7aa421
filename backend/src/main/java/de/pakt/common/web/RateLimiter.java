package de.pakt.common.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.pakt.common.config.PaktConfig;
import de.pakt.common.problem.ProblemType;
import de.pakt.common.problem.Problems;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Token buckets (bucket4j) per signed-in caller and, for anonymous callers, per client address. The buckets live in
 * this replica's memory, bounded in number: with n replicas behind a balancer a caller gets up to n times the limit
 * (documented in docs/security.md); the limit protects each process from one noisy caller, not a quota.
 */
@ApplicationScoped
public class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Inject
    PaktConfig config;

    @Inject
    Problems problems;

    /** Empty when the request may go on; otherwise the 429 to answer. */
    public Optional<Response> check(String caller, String address) {
        PaktConfig.RateLimit limits = config.rateLimit();
        if (!limits.enabled()) {
            return Optional.empty();
        }
        boolean anonymous = caller == null;
        String key = anonymous ? "ip:" + address : "caller:" + caller;
        int perMinute = anonymous ? limits.anonymousPerMinute() : limits.authenticatedPerMinute();
        Bucket bucket = buckets.get(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        Response response = problems.response(ProblemType.TOO_MANY_REQUESTS, "common.request.tooMany", seconds);
        return Optional.of(Response.fromResponse(response)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build());
    }
}
