package de.pakt.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import de.pakt.devsupport.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests (zonky's binaries from Maven Central; no Docker needed). Set PAKT_TEST_DB_URL
 * (with PAKT_TEST_DB_USER / PAKT_TEST_DB_PASSWORD) to test against an external PostgreSQL instead.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private CuttableProxy proxy;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("PAKT_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", System.getenv().getOrDefault("PAKT_TEST_DB_USER", "pakt"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("PAKT_TEST_DB_PASSWORD", "pakt"));
        }
        try {
            // make run's settings for the server's log, which reaches the tests' log too.
            postgres = LocalPostgres.builder()
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
        // The application reaches PostgreSQL through a proxy that DatabaseOutageTest can cut; Flyway goes the same way.
        proxy = new CuttableProxy(postgres.getPort());
        CuttableProxy.setDatabase(proxy);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + proxy.port() + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
