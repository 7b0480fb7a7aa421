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

    interface DemoData {
        /** Load the demo programme at start-up (idempotent). On for make run, off in production. */
        @WithDefault("false")
        boolean enabled();
    }
}
