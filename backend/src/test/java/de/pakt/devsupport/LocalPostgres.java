package de.pakt.devsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL of make run: real binaries (zonky, from Maven Central), data kept in a local folder so that a
 * restart keeps every record. Unlike the test default, it writes durably (fsync, synchronous commit, full
 * page writes). Stops cleanly on SIGTERM/Ctrl-C.
 *
 * <pre>java -cp ... de.pakt.devsupport.LocalPostgres DATA_DIR PORT</pre>
 */
public final class LocalPostgres {

    private LocalPostgres() {}

    /**
     * A PostgreSQL that keeps personal data out of its own log, as every database Pakt runs or ships (docs/security.md,
     * "Logs"): an error's DETAIL names the values (a taken e-mail address), a logged statement its parameters. The tests'
     * database starts from it too, so StrictInputTest checks these settings.
     */
    public static EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_parameter_max_length", "0");
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : ".local/postgres").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 54320;
        Files.createDirectories(dataDir.getParent());
        // The scale-out stage's backends run on other "hosts" (network namespaces): listen there too, and let them in
        // with the role's password (PAKT_PG_LISTEN="localhost,10.77.0.1", PAKT_PG_CLIENTS="10.77.0.0/24").
        String listen = System.getenv().getOrDefault("PAKT_PG_LISTEN", "localhost");
        String clients = System.getenv("PAKT_PG_CLIENTS");
        // PAKT_PG_SETTINGS below may override the log settings (make bench captures statements with their values).
        EmbeddedPostgres.Builder builder = builder();
        // Further server settings "name=value;name=value" (make bench: the statement log it captures requests from).
        for (String setting :
                System.getenv().getOrDefault("PAKT_PG_SETTINGS", "").split(";")) {
            int eq = setting.indexOf('=');
            if (eq > 0) {
                builder.setServerConfig(
                        setting.substring(0, eq).trim(),
                        setting.substring(eq + 1).trim());
            }
        }
        EmbeddedPostgres postgres = builder.setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // A loaded machine (CI, a stack still stopping) can need more than the default 10 s.
                .setPGStartupWait(java.time.Duration.ofSeconds(120))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", listen)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = 'pakt'")) {
                if (!rs.next()) {
                    s.execute("create role pakt login password 'pakt'");
                }
            }
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'pakt'")) {
                if (!rs.next()) {
                    s.execute("create database pakt owner pakt");
                }
            }
        }
        if (clients != null) {
            allow(postgres, dataDir, clients);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("PostgreSQL ready on port " + port + ", data in " + dataDir);
        stopped.await();
    }

    private static void allow(EmbeddedPostgres postgres, Path dataDir, String network) throws Exception {
        Path hba = dataDir.resolve("pg_hba.conf");
        String line = "host all pakt " + network + " scram-sha-256";
        if (!Files.readString(hba).contains(line)) {
            Files.writeString(hba, line + System.lineSeparator(), java.nio.file.StandardOpenOption.APPEND);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("select pg_reload_conf()");
        }
    }
}
