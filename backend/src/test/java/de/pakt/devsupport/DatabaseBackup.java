package de.pakt.devsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Backup and restore of the make run database without pg_dump (the zonky bundle has only initdb, pg_ctl and
 * postgres, and no PostgreSQL 18 client is packaged for this machine). A logical backup: one zip file with the rows
 * of every table in PostgreSQL's COPY text format, taken in one read-only REPEATABLE READ transaction (one
 * consistent snapshot, as pg_dump takes it, while the backend keeps writing), plus a manifest with the Flyway schema
 * version, the migrations' checksums, each table's columns, row count and checksum, and the sequences' values.
 *
 * <p>A restore goes into a fresh, empty cluster: Flyway builds the schema from this checkout's migrations up to
 * the backup's version (so the schema is exactly the one the backend creates), the migrations' own rows are
 * replaced by the backup's (Flyway history included), the sequences are set, and every table is checked against
 * the row count and checksum recorded in the backup before the transaction commits.
 *
 * <pre>
 * java -cp ... de.pakt.devsupport.DatabaseBackup backup  JDBC_URL FILE
 * java -cp ... de.pakt.devsupport.DatabaseBackup restore FILE PORT      (a fresh LocalPostgres on localhost:PORT)
 * java -cp ... de.pakt.devsupport.DatabaseBackup compare JDBC_URL_A JDBC_URL_B
 * java -cp ... de.pakt.devsupport.DatabaseBackup exec    JDBC_URL SQL
 * </pre>
 *
 * User and password come from the URL or from PAKT_DB_USER / PAKT_DB_PASSWORD (default pakt / pakt).
 */
public final class DatabaseBackup {

    static final String FORMAT = "pakt-backup 1";
    static final String MANIFEST = "manifest.tsv";
    private static final String USER_SCHEMAS = "n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')"
            + " and n.nspname not like 'pg_temp%' and n.nspname not like 'pg_toast_temp%'";

    private DatabaseBackup() {}

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        try {
            switch (command) {
                case "backup" -> backup(args[1], Path.of(args[2]));
                case "restore" -> restore(Path.of(args[1]), Integer.parseInt(args[2]));
                case "compare" -> System.exit(compare(args[1], args[2]) ? 0 : 1);
                case "exec" -> exec(args[1], args[2]);
                default -> {
                    System.err.println("usage: DatabaseBackup backup URL FILE | restore FILE PORT | compare URL URL"
                            + " | exec URL SQL");
                    System.exit(2);
                }
            }
        } catch (BackupException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (SQLException e) {
            System.err.println("Database error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** A failure with a message for the user, no stack trace. */
    static final class BackupException extends RuntimeException {
        BackupException(String message) {
            super(message);
        }
    }

    record Table(String entry, String schema, String name, long rows, String checksum, List<String> columns) {
        String qualified() {
            return ident(schema) + "." + ident(name);
        }

        String label() {
            return schema + "." + name;
        }
    }

    record Sequence(String schema, String name, long lastValue, boolean called) {}

    record Migration(String version, String checksum, String description) {}

    // ------------------------------------------------------------------------------------------------ backup

    static void backup(String url, Path file) throws Exception {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            session(c);
            // The first query takes the snapshot; the locks (as pg_dump's) keep DDL, e.g. a migration, out meanwhile.
            List<String[]> names = tableNames(c);
            if (names.isEmpty()) {
                throw new BackupException("The database has no tables: nothing to back up.");
            }
            try (Statement s = c.createStatement()) {
                s.execute("set local lock_timeout = '60s'");
                StringBuilder lock = new StringBuilder("lock table ");
                for (int i = 0; i < names.size(); i++) {
                    lock.append(i == 0 ? "" : ", ")
                            .append(ident(names.get(i)[0]))
                            .append('.')
                            .append(ident(names.get(i)[1]));
                }
                s.execute(lock + " in access share mode");
            }
            List<Migration> migrations = migrations(c);
            if (migrations.isEmpty()) {
                throw new BackupException("The database has no Flyway history: the backend never migrated it.");
            }
            String version = migrations.get(migrations.size() - 1).version();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<Table> tables = new ArrayList<>();
            try (OutputStream out = Files.newOutputStream(partial);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("README.txt"));
                zip.write(readme().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                int n = 0;
                for (String[] name : names) {
                    String schema = name[0], table = name[1];
                    List<String> columns = columns(c, schema, table);
                    columns.forEach(DatabaseBackup::safe);
                    String entry = String.format("data/%03d-%s.%s.copy", ++n, safe(schema), safe(table));
                    zip.putNextEntry(new ZipEntry(entry));
                    long rows = copy.copyOut(
                            "copy " + ident(schema) + "." + ident(table) + " " + columnList(columns) + " to stdout",
                            new NonClosing(zip));
                    zip.closeEntry();
                    Table t = new Table(entry, schema, table, rows, null, columns);
                    tables.add(new Table(entry, schema, table, rows, checksum(c, t)[1], columns));
                }
                List<Sequence> sequences = sequences(c);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(manifest(c, version, migrations, tables, sequences).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            c.rollback();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            long rows = tables.stream().mapToLong(Table::rows).sum();
            System.out.printf(
                    "Backed up %d tables, %d rows, schema version %s (one consistent snapshot).%n",
                    tables.size(), rows, version);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static String readme() {
        return """
                A backup of Pakt's database (the make run database), made by scripts/backup.sh.
                Restore it into an empty data folder with a Pakt checkout of the same or a later version:

                    make restore BACKUP=this-file.zip [PAKT_DATA_DIR=folder]

                manifest.tsv   format, Flyway schema version and migration checksums, every table with its columns,
                               row count and checksum, the sequences' values
                data/*.copy    the rows of each table in PostgreSQL's COPY text format (tab-separated, \\N is NULL)
                """;
    }

    private static String manifest(
            Connection c, String version, List<Migration> migrations, List<Table> tables, List<Sequence> sequences)
            throws SQLException {
        StringBuilder m = new StringBuilder();
        m.append("format\t").append(FORMAT).append('\n');
        m.append("created\t").append(Instant.now()).append('\n');
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_database(), version()")) {
            rs.next();
            m.append("database\t").append(rs.getString(1)).append('\n');
            m.append("server\t").append(rs.getString(2)).append('\n');
        }
        m.append("schema-version\t").append(version).append('\n');
        for (Migration mi : migrations) {
            m.append("migration\t")
                    .append(mi.version())
                    .append('\t')
                    .append(mi.checksum())
                    .append('\t')
                    .append(mi.description())
                    .append('\n');
        }
        for (Table t : tables) {
            m.append("table\t")
                    .append(t.entry())
                    .append('\t')
                    .append(t.schema())
                    .append('\t')
                    .append(t.name());
            m.append('\t').append(t.rows()).append('\t').append(t.checksum());
            for (String col : t.columns()) {
                m.append('\t').append(col);
            }
            m.append('\n');
        }
        for (Sequence q : sequences) {
            m.append("sequence\t")
                    .append(q.schema())
                    .append('\t')
                    .append(q.name())
                    .append('\t');
            m.append(q.lastValue()).append('\t').append(q.called()).append('\n');
        }
        return m.toString();
    }

    // ------------------------------------------------------------------------------------------------ restore

    static void restore(Path file, int port) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("No backup file " + file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = readManifest(zip);
            String base = "jdbc:postgresql://localhost:" + port + "/pakt";

            // 1. The schema: this checkout's migrations, exactly up to the backup's version.
            Flyway flyway = Flyway.configure()
                    .dataSource(base, "pakt", "pakt")
                    .locations("classpath:db/migration")
                    .target(manifest.version)
                    .load();
            boolean known = Arrays.stream(flyway.info().all())
                    .anyMatch(i -> i.getVersion() != null
                            && i.getVersion().getVersion().equals(manifest.version));
            if (!known) {
                String newest = Arrays.stream(flyway.info().all())
                        .map(MigrationInfo::getVersion)
                        .filter(v -> v != null)
                        .reduce((a, b) -> b)
                        .map(Object::toString)
                        .orElse("none");
                throw new BackupException("The backup's schema version is " + manifest.version
                        + "; this checkout's migrations go to " + newest
                        + ". Restore with the Pakt version the backup was made with, or a later one.");
            }
            flyway.migrate();

            try (Connection c = DriverManager.getConnection(base, "postgres", "")) {
                c.setAutoCommit(false);
                session(c);
                // 2. The migrations must be the ones the backup was made with (the backend checks their checksums).
                Map<String, Migration> here = new LinkedHashMap<>();
                for (Migration mi : migrations(c)) {
                    here.put(mi.version(), mi);
                }
                List<String> differing = new ArrayList<>();
                for (Migration mi : manifest.migrations) {
                    Migration h = here.get(mi.version());
                    if (h == null || !h.checksum().equals(mi.checksum())) {
                        differing.add("V" + mi.version() + " (" + mi.description() + ")");
                    }
                }
                if (!differing.isEmpty()) {
                    throw new BackupException(
                            "This checkout's migrations differ from the ones the backup was made with: "
                                    + String.join(", ", differing)
                                    + ". Restore with the Pakt version the backup was made with.");
                }

                // 3. The rows: the migrations' own rows give way to the backup's; no triggers or foreign-key checks
                //    while loading (the backup is one consistent snapshot), all in one transaction.
                try (Statement s = c.createStatement()) {
                    s.execute("set local session_replication_role = replica");
                    List<String> all = new ArrayList<>();
                    for (String[] name : tableNames(c)) {
                        all.add(ident(name[0]) + "." + ident(name[1]));
                    }
                    for (Table t : manifest.tables) {
                        if (!all.contains(t.qualified())) {
                            throw new BackupException("The schema has no table " + t.label());
                        }
                    }
                    s.execute("truncate table " + String.join(", ", all));
                }
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                long total = 0;
                for (Table t : manifest.tables) {
                    ZipEntry entry = zip.getEntry(t.entry());
                    if (entry == null) {
                        throw new BackupException("The backup lacks " + t.entry());
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        long rows;
                        try {
                            rows = copy.copyIn(
                                    "copy " + t.qualified() + " " + columnList(t.columns()) + " from stdin", in);
                        } catch (SQLException e) {
                            throw new BackupException(t.label() + ": " + e.getMessage());
                        }
                        if (rows != t.rows()) {
                            throw new BackupException(
                                    t.label() + ": " + rows + " rows restored, the backup has " + t.rows());
                        }
                        total += rows;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    for (Sequence q : manifest.sequences) {
                        ps.setString(1, ident(q.schema()) + "." + ident(q.name()));
                        ps.setLong(2, q.lastValue());
                        ps.setBoolean(3, q.called());
                        ps.execute();
                    }
                }
                // 4. Every table as the backup recorded it, before anything is committed.
                List<String> wrong = new ArrayList<>();
                for (Table t : manifest.tables) {
                    String[] rc = checksum(c, t);
                    if (Long.parseLong(rc[0]) != t.rows() || !rc[1].equals(t.checksum())) {
                        wrong.add(t.label());
                    }
                }
                if (!wrong.isEmpty()) {
                    throw new BackupException("Restored tables differ from the backup: " + String.join(", ", wrong));
                }
                c.commit();
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
                System.out.printf(
                        "Restored %d tables, %d rows, %d sequences, schema version %s (backup of %s); every table's"
                                + " row count and checksum match the backup.%n",
                        manifest.tables.size(), total, manifest.sequences.size(), manifest.version, manifest.created);
            }
        }
    }

    static final class Manifest {
        String version;
        String created = "?";
        final List<Migration> migrations = new ArrayList<>();
        final List<Table> tables = new ArrayList<>();
        final List<Sequence> sequences = new ArrayList<>();
    }

    static Manifest readManifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new BackupException(zip.getName() + " is no Pakt backup (it has no " + MANIFEST + ")");
        }
        Manifest m = new Manifest();
        boolean format = false;
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "format" -> {
                        if (!FORMAT.equals(f[1])) {
                            throw new BackupException(
                                    "Unknown backup format '" + f[1] + "' (this version reads '" + FORMAT + "')");
                        }
                        format = true;
                    }
                    case "created" -> m.created = f[1];
                    case "schema-version" -> m.version = f[1];
                    case "migration" -> m.migrations.add(new Migration(f[1], f[2], f[3]));
                    case "table" ->
                        m.tables.add(new Table(
                                f[1],
                                f[2],
                                f[3],
                                Long.parseLong(f[4]),
                                f[5],
                                List.of(Arrays.copyOfRange(f, 6, f.length))));
                    case "sequence" ->
                        m.sequences.add(new Sequence(f[1], f[2], Long.parseLong(f[3]), Boolean.parseBoolean(f[4])));
                    default -> {
                        // other lines (database, server) are for people
                    }
                }
            }
        }
        if (!format || m.version == null) {
            throw new BackupException(zip.getName() + ": incomplete manifest");
        }
        return m;
    }

    // ------------------------------------------------------------------------------------------------ compare

    /** Every table's row count and checksum, and every sequence, in A and B; prints the differences. */
    static boolean compare(String urlA, String urlB) throws SQLException {
        Map<String, String> a = fingerprint(urlA);
        Map<String, String> b = fingerprint(urlB);
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<String> differing = new ArrayList<>();
        long rows = 0;
        int tables = 0;
        for (String key : keys) {
            String va = a.getOrDefault(key, "missing"), vb = b.getOrDefault(key, "missing");
            if (!va.equals(vb)) {
                differing.add(key);
                System.out.printf("  DIFFERS  %-40s %s  vs  %s%n", key, va, vb);
            } else if (key.startsWith("table ")) {
                tables++;
                rows += Long.parseLong(va.substring(0, va.indexOf(' ')));
            }
        }
        if (differing.isEmpty()) {
            System.out.printf(
                    "Identical: %d tables (%d rows; row count and checksum each) and %d sequences.%n",
                    tables, rows, keys.size() - tables);
            return true;
        }
        System.out.println("Differing: " + String.join(", ", differing));
        return false;
    }

    private static Map<String, String> fingerprint(String url) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = connect(url)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            session(c);
            for (String[] name : tableNames(c)) {
                Table t = new Table(null, name[0], name[1], 0, null, List.of());
                String[] rc = checksum(c, t);
                result.put("table " + t.label(), rc[0] + " rows " + rc[1]);
            }
            for (Sequence q : sequences(c)) {
                result.put("sequence " + q.schema() + "." + q.name(), q.lastValue() + (q.called() ? " called" : ""));
            }
            c.rollback();
        }
        return result;
    }

    static void exec(String url, String sql) throws SQLException {
        try (Connection c = connect(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
            System.out.println(s.getUpdateCount() >= 0 ? s.getUpdateCount() + " row(s)" : "done");
        }
    }

    // ------------------------------------------------------------------------------------------------ catalog

    private static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", System.getenv().getOrDefault("PAKT_DB_USER", "pakt"));
        p.setProperty("password", System.getenv().getOrDefault("PAKT_DB_PASSWORD", "pakt"));
        return DriverManager.getConnection(url, p);
    }

    /** Session settings that make COPY's text and the checksums the same in every cluster (as pg_dump sets them). */
    private static void session(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("set timezone = 'UTC'; set datestyle = 'ISO'; set intervalstyle = 'postgres';"
                    + " set extra_float_digits = 3");
        }
    }

    /** Ordinary tables (and partitions) of every user schema: schema, name. */
    private static List<String[]> tableNames(Connection c) throws SQLException {
        return relations(c, 'r');
    }

    /** Relations of one kind ('r' table, 'S' sequence) in every user schema, ordered: schema, name. */
    private static List<String[]> relations(Connection c, char kind) throws SQLException {
        List<String[]> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select n.nspname, c.relname from pg_class c join pg_namespace n"
                        + " on n.oid = c.relnamespace where c.relkind = '" + kind + "' and " + USER_SCHEMAS
                        + " order by n.nspname, c.relname")) {
            while (rs.next()) {
                names.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return names;
    }

    /** The columns COPY writes and reads: all but dropped and generated ones, in table order. */
    private static List<String> columns(Connection c, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select a.attname from pg_attribute a"
                + " where a.attrelid = (quote_ident(?) || '.' || quote_ident(?))::regclass and a.attnum > 0"
                + " and not a.attisdropped and a.attgenerated = '' order by a.attnum")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    private static List<Sequence> sequences(Connection c) throws SQLException {
        List<String[]> names = relations(c, 'S');
        List<Sequence> sequences = new ArrayList<>();
        for (String[] name : names) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select last_value, is_called from " + ident(name[0]) + "." + ident(name[1]))) {
                rs.next();
                sequences.add(new Sequence(name[0], name[1], rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** Flyway's successful versioned migrations in order (empty without a history table). */
    private static List<Migration> migrations(Connection c) throws SQLException {
        String history = null;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
                        + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where c.relname = 'flyway_schema_history' and c.relkind = 'r' and " + USER_SCHEMAS)) {
            if (rs.next()) {
                history = rs.getString(1);
            }
        }
        List<Migration> migrations = new ArrayList<>();
        if (history == null) {
            return migrations;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version, coalesce(checksum::text, ''), description from "
                        + history + " where success and version is not null order by installed_rank")) {
            while (rs.next()) {
                migrations.add(new Migration(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return migrations;
    }

    /**
     * Row count and checksum of a table: the md5 of its rows' md5s in byte order. Every column counts, generated ones
     * too; the text of a row is the same in every cluster under {@link #session}.
     */
    private static String[] checksum(Connection c, Table t) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select count(*), md5(coalesce(string_agg(h, '' order by h collate \"C\"),"
                                + " '')) from (select md5(r::text) h from " + t.qualified() + " r) x")) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    private static String columnList(List<String> columns) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(ident(columns.get(i)));
        }
        return b.append(')').toString();
    }

    static String ident(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String safe(String name) {
        if (name.contains("\t") || name.contains("\n")) {
            throw new BackupException("A name with a tab or line break cannot be backed up: " + name);
        }
        return name.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** Lets CopyManager write into the current zip entry without closing the zip. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream out;

        NonClosing(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
