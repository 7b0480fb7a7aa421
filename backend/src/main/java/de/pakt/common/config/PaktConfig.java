package de.pakt.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Pakt's own settings ({@code pakt.*} in application.properties). */
@ConfigMapping(prefix = "pakt")
public interface PaktConfig {

    /** Base URI of the problem types in RFC 9457 responses. */
    @WithName("problem-base-uri")
    @WithDefault("https://pakt.example.org/problems/")
    String problemBaseUri();

    DemoData demoData();

    /**
     * The address under which people and systems reach this installation's API (e.g. https://pakt.example.org). Links
     * the API hands out (calendar feeds) are built from it, never from the request's Host header.
     */
    @WithName("public-base-url")
    String publicBaseUrl();

    RateLimit rateLimit();

    Webhooks webhooks();

    Notifications notifications();

    Retention retention();

    Dashboard dashboard();

    /** The dashboard's figures, kept per replica until the data change (docs/performance.md). */
    interface Dashboard {
        /**
         * How long computed figures may be served while no data changed; the bound on how late figures that depend on
         * the clock (milestones due, events held) follow it. 0 turns the cache off.
         */
        @WithName("cache-ttl")
        @WithDefault("60s")
        java.time.Duration cacheTtl();
    }

    Ranking ranking();

    /** A round's ranking, kept per replica while nothing has been committed since it was read (ADR 0021). */
    interface Ranking {
        /** false reads the ranking's statement on every request. */
        @WithName("cache-enabled")
        @WithDefault("true")
        boolean cacheEnabled();
    }

    TokenCache tokenCache();

    /**
     * Access tokens this replica has verified, kept so that the caller's next request skips the signature check
     * (de.pakt.common.security.VerifiedTokenCache, ADR 0020).
     */
    interface TokenCache {
        /** How long a verified token is taken on trust, never beyond its own expiry. 0 turns the cache off. */
        @WithDefault("60s")
        java.time.Duration ttl();

        /** At most this many tokens per replica; when full, the least often used go first (Caffeine's policy). */
        @WithName("max-entries")
        @WithDefault("2000")
        int maxEntries();
    }

    Portal portal();

    /**
     * Public reads kept per replica until the data change: the portal's measure list and the registry search
     * (docs/performance.md).
     */
    interface Portal {
        /** As the dashboard's: how long a page may be served while no data changed. 0 turns the cache off. */
        @WithName("cache-ttl")
        @WithDefault("60s")
        java.time.Duration cacheTtl();
    }

    /** How long personal data is kept (DSGVO Art. 5(1)(e)); ISO 8601 periods. docs/privacy.md. */
    interface Retention {
        /** Run the retention job in this replica (one at a time across replicas, by a database lock). */
        @WithDefault("true")
        boolean enabled();

        /** Participants of an event, after the event ended. */
        @WithName("event-participants")
        @WithDefault("P24M")
        java.time.Period eventParticipants();

        /** The log of e-mails sent, after sending. */
        @WithDefault("P12M")
        java.time.Period notifications();

        /** Contact data of applications that never reached a decision (drafts, withdrawn), after their last change. */
        @WithName("undecided-application-contacts")
        @WithDefault("P36M")
        java.time.Period undecidedApplicationContacts();
    }

    interface Notifications {
        /**
         * Run the planner and the sender in this process (every replica may: the planner holds its cursor row, senders
         * claim rows, reminder jobs take a database lock).
         */
        @WithDefault("true")
        boolean enabled();

        /** The programme office's shared mailbox, told of every submitted application; none: nobody is told. */
        @WithName("office-address")
        java.util.Optional<String> officeAddress();

        /** The SPA's address: links in e-mails start with it (e.g. https://pakt.example.org). */
        @WithName("app-url")
        String appUrl();

        /** Waits before the 2nd, 3rd, … attempt at the SMTP server; after the last one the notification has failed. */
        @WithName("retry-schedule")
        @WithDefault("1m,5m,30m,2h,6h")
        java.util.List<java.time.Duration> retrySchedule();

        /** How often every replica runs the reminder jobs (milestones, digest); they take a lock, so one works. */
        @WithName("reminder-interval")
        @WithDefault("15m")
        String reminderInterval();

        /** Notifications one sender claims at a time. */
        @WithName("batch-size")
        @WithDefault("20")
        int batchSize();
    }

    interface Webhooks {
        /** Run the delivery worker in this process (every replica may; they share the work through the database). */
        @WithDefault("true")
        boolean enabled();

        /**
         * Waits before the 2nd, 3rd, … attempt (each ±20 % jitter); after the last one the delivery is given up and the
         * subscription paused. The default sums to about 28 hours (docs/integration.md).
         */
        @WithName("retry-schedule")
        @WithDefault("5s,5m,30m,2h,5h,10h,10h")
        java.util.List<java.time.Duration> retrySchedule();

        /** Deliveries one worker claims at a time (and sends in parallel). */
        @WithName("batch-size")
        @WithDefault("32")
        int batchSize();

        @WithName("connect-timeout")
        @WithDefault("5s")
        java.time.Duration connectTimeout();

        /** How long a receiver may take to answer. */
        @WithName("read-timeout")
        @WithDefault("10s")
        java.time.Duration readTimeout();

        /** Loopback receivers (and plain HTTP to them): for local development and tests only. */
        @WithName("allow-loopback")
        @WithDefault("false")
        boolean allowLoopback();
    }

    interface RateLimit {
        /** Off only for tests that send many requests on purpose. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per minute of one anonymous client address (portal, calendar feeds). */
        @WithDefault("600")
        int anonymousPerMinute();

        /** Requests per minute of one signed-in person or integration client. */
        @WithDefault("1200")
        int authenticatedPerMinute();
    }

    interface DemoData {
        /** Load the demo programme at start-up (idempotent). On for make run, off in production. */
        @WithDefault("false")
        boolean enabled();
    }
}
