package de.pakt.devsupport;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@code make bench}: which SQL statements one API request runs, with their parameter values, as a pgbench script
 * that replays exactly them (transaction commands included: their round trips are part of the cost). PostgreSQL logs
 * them while the request runs ({@code log_statement = all} switched on and off again through {@code ALTER SYSTEM});
 * the log has to go to a file with {@code log_line_prefix = '%u@%d@'} (scripts/bench.sh starts PostgreSQL so).
 *
 * <pre>
 * java … de.pakt.devsupport.StatementCapture PORT LOG URL TOKEN|- OUT.sql   prints the number of statements
 * </pre>
 */
public final class StatementCapture {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** How pgjdbc's PgResultSetMetaData asks the catalog about a result's columns. */
    static final String DRIVER_COLUMN_LOOKUP = "SELECT c.oid, a.attnum, a.attname, c.relname, n.nspname";

    /** The backend's own statements: role and database pakt. */
    private static final String PREFIX = "pakt@pakt@";

    private static final Pattern STATEMENT = Pattern.compile("LOG:  (?:execute [^:]+|statement): (.*)", Pattern.DOTALL);
    private static final Pattern PARAMETERS = Pattern.compile("DETAIL:  Parameters: (.*)", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");

    private StatementCapture() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path log = Path.of(args[1]);
        String url = args[2];
        String token = args[3].equals("-") ? null : args[3];
        try (Connection postgres =
                DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "")) {
            request(url, token); // the connection and the statements are warm, as in every later request
            long from = Files.size(log);
            logStatements(postgres, "all");
            request(url, token);
            logStatements(postgres, "none");
            List<String> statements = statements(tail(log, from));
            Files.writeString(Path.of(args[4]), String.join("\n", statements) + "\n");
            System.out.println(statements.size());
        }
    }

    private static void request(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        int status = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status != 200) {
            throw new IllegalStateException(url + " answered " + status);
        }
    }

    /** Sessions read the new setting before their next command; the logging collector writes within a moment. */
    private static void logStatements(Connection postgres, String which) throws SQLException, InterruptedException {
        try (Statement s = postgres.createStatement()) {
            s.execute("alter system set log_statement = '" + which + "'");
            s.execute("select pg_reload_conf()");
        }
        Thread.sleep(300);
    }

    private static String tail(Path log, long from) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Log records (a line and its tab-indented continuation lines) of role pakt, as executable SQL lines. */
    static List<String> statements(String log) {
        List<String> records = new ArrayList<>();
        for (String line : log.split("\n", -1)) {
            if (line.startsWith("\t") && !records.isEmpty()) {
                records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line.substring(1));
            } else if (!line.isEmpty()) {
                records.add(line);
            }
        }
        List<String> statements = new ArrayList<>();
        for (String record : records) {
            if (!record.startsWith(PREFIX)) {
                continue;
            }
            String message = record.substring(PREFIX.length());
            Matcher statement = STATEMENT.matcher(message);
            Matcher parameters = PARAMETERS.matcher(message);
            if (statement.matches()) {
                statements.add(statement.group(1));
            } else if (parameters.matches() && !statements.isEmpty()) {
                statements.set(statements.size() - 1, bind(statements.get(statements.size() - 1), parameters.group(1)));
            }
        }
        return statements.stream()
                .map(sql -> sql.replaceAll("\\s*\\n\\s*", " ").strip())
                // The data change listener's (DataChangeSignal) keep-alive and reconnect are no request's statements.
                .filter(sql -> !sql.equals("select 1") && !sql.startsWith("listen "))
                // Nor is the driver's column lookup: it runs once per pooled connection and result shape (when a
                // native query's columns are first mapped) and is cached for the connection's life.
                .filter(sql -> !sql.startsWith(DRIVER_COLUMN_LOOKUP))
                // Nor the pool's validation of idle connections (the driver's isValid sends an empty statement; every
                // two minutes): 16 of them once fell into a capture and were replayed as the request's.
                .filter(sql -> !sql.isEmpty())
                .map(sql -> sql.endsWith(";") ? sql : sql + ";")
                .toList();
    }

    /** $1, $2, … replaced by the logged values, highest first (so that $1 does not eat $10). */
    static String bind(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(parameters);
        while (parameter.find()) {
            int n = Integer.parseInt(parameter.group(1));
            while (values.size() < n) {
                values.add(null);
            }
            values.set(n - 1, pgbenchSafe(parameter.group(2)));
        }
        for (int n = values.size(); n >= 1; n--) {
            sql = sql.replaceAll("\\$" + n + "(?!\\d)", Matcher.quoteReplacement(values.get(n - 1)));
        }
        return sql;
    }

    /**
     * pgbench reads {@code :name} as a variable even inside a string literal (a time such as '10:30' included): such
     * literals become escape strings with the colon as {@code \x3a}.
     */
    static String pgbenchSafe(String literal) {
        if (!literal.matches("(?s).*:[A-Za-z0-9_].*")) {
            return literal;
        }
        String inner =
                literal.substring(1, literal.length() - 1).replace("\\", "\\\\").replace(":", "\\x3a");
        return "E'" + inner + "'";
    }
}
