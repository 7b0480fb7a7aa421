package de.pakt.devsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.pakt.demo.RoundDemoData;

/**
 * More data of the demo's shape, for benchmarks: copies the demo programme's decided rounds (1 and 2) with everything
 * below them — applications, sites, roadmaps, measures, milestones, bookings, events, registrations — ids mapped per
 * copy by md5, so a copy is as realistic as the demo data itself. {@code make bench-dashboard} makes 10× with it,
 * {@code make bench} 100×.
 *
 * <pre>
 * java … de.pakt.devsupport.DataMultiplier JDBC FACTOR    copies 1 … FACTOR-1 (user and password pakt)
 * </pre>
 */
public final class DataMultiplier {

    /** Tables to copy, child after parent; every uuid column listed is mapped to a new id per copy. */
    private static final Map<String, Set<String>> COPY = new LinkedHashMap<>();

    static {
        COPY.put("funding_round", Set.of("id"));
        COPY.put("round_criterion", Set.of("round_id"));
        COPY.put("round_quota", Set.of("round_id"));
        COPY.put("application", Set.of("id", "round_id"));
        COPY.put("site", Set.of("id", "round_id", "application_id"));
        COPY.put("roadmap", Set.of("site_id"));
        COPY.put("goal", Set.of("id", "site_id"));
        COPY.put("measure", Set.of("id", "goal_id"));
        COPY.put("measure_partner", Set.of("measure_id"));
        COPY.put("milestone", Set.of("id", "site_id"));
        COPY.put("booking", Set.of("id", "site_id", "reverses_booking_id"));
        COPY.put("network_event", Set.of("id", "round_id", "site_id"));
        COPY.put("registration", Set.of("id", "event_id", "site_id"));
    }

    private DataMultiplier() {}

    public static void main(String[] args) throws SQLException {
        int factor = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(args[0], "pakt", "pakt")) {
            db.setAutoCommit(false);
            for (int copy = 1; copy < factor; copy++) {
                copyDecidedRounds(db, copy);
                db.commit();
            }
            try (var analyze = db.createStatement()) {
                db.setAutoCommit(true);
                analyze.execute("analyze");
            }
        }
        System.out.println("data multiplied by " + factor);
    }

    /** Copy number {@code copy} (1, 2, …) of rounds 1 and 2 with everything below them, in the caller's transaction. */
    public static void copyDecidedRounds(Connection db, int copy) throws SQLException {
        for (var entry : COPY.entrySet()) {
            String table = entry.getKey();
            List<String> select = new ArrayList<>();
            List<String> columns = columns(db, table);
            for (String c : columns) {
                if (entry.getValue().contains(c)) {
                    select.add("case when " + c + " is null then null else md5(" + c + "::text || ':" + copy
                            + "')::uuid end");
                } else if (table.equals("funding_round") && c.equals("number")) {
                    select.add("number + " + (10 * copy));
                } else if (table.equals("funding_round") && c.equals("title")) {
                    select.add("title || ' (Kopie " + copy + ")'");
                } else {
                    select.add(c);
                }
            }
            String scope = switch (table) {
                case "funding_round" -> " where id in (?, ?)";
                case "round_criterion", "round_quota", "application", "site", "network_event" ->
                    " where round_id in (?, ?)";
                default -> scopeBySite(table);
            };
            try (PreparedStatement insert = db.prepareStatement("insert into " + table + " ("
                    + String.join(", ", columns) + ") select " + String.join(", ", select) + " from " + table
                    + scope)) {
                insert.setObject(1, RoundDemoData.id("round-1"));
                insert.setObject(2, RoundDemoData.id("round-2"));
                insert.executeUpdate();
            }
        }
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("select column_name from information_schema.columns"
                + " where table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
            q.setString(1, table);
            List<String> columns = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
            return columns;
        }
    }

    /** Rows below the demo rounds' sites and events (the original rows only, not earlier copies). */
    private static String scopeBySite(String table) {
        String demoSites = "(select id from site where round_id in (?, ?))";
        return switch (table) {
            case "roadmap", "goal", "milestone", "booking" -> " where site_id in " + demoSites;
            case "measure" -> " where goal_id in (select id from goal where site_id in " + demoSites + ")";
            case "measure_partner" ->
                " where measure_id in (select m.id from measure m join goal g on g.id = m.goal_id where g.site_id in "
                        + demoSites + ")";
            case "registration" -> " where event_id in (select id from network_event where round_id in (?, ?))";
            default -> throw new IllegalArgumentException(table);
        };
    }
}
