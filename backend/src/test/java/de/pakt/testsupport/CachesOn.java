package de.pakt.testsupport;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The read caches on, as in production (the other tests run without them, to read right after writing). */
public class CachesOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("pakt.dashboard.cache-ttl", "10m", "pakt.portal.cache-ttl", "10m");
    }
}
