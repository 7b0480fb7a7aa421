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
