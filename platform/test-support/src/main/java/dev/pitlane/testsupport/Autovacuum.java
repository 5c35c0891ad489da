package dev.pitlane.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Autovacuum's work, done by a benchmark: the machine's PostgreSQL runs with autovacuum off, and without it the planner
 * never learns how big a table has grown and deleted rows (the outbox's, thousands a second) are never cleaned up, so
 * a run would measure a database no deployment has. Every {@code every}, each database gets what autovacuum would
 * give it: a VACUUM of each table past its vacuum threshold (dead or inserted rows) and an ANALYZE of each table past
 * its analyze threshold — autovacuum's own formulas, with the server's settings and the table's storage parameters —
 * throttled as autovacuum throttles itself ({@code autovacuum_vacuum_cost_delay} and {@code _cost_limit}): an
 * unthrottled VACUUM of a large ledger takes a core for a second and shows in the latency of everything else.
 */
public final class Autovacuum implements AutoCloseable {

    /** A connection to one database, as a role that may vacuum its tables (the owner or a superuser). */
    @FunctionalInterface
    public interface Database {
        Connection connect() throws SQLException;
    }

    private static final String DUE = """
            WITH t AS (
                SELECT format('%I.%I', s.schemaname, s.relname) AS name, greatest(c.reltuples, 0) AS tuples,
                       s.n_dead_tup, s.n_ins_since_vacuum, s.n_mod_since_analyze, c.reloptions
                FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid),
            o AS (
                SELECT name, tuples, n_dead_tup, n_ins_since_vacuum, n_mod_since_analyze,
                       coalesce(pg_temp.opt(reloptions, 'autovacuum_vacuum_threshold'),
                                current_setting('autovacuum_vacuum_threshold')::float8) AS vt,
                       coalesce(pg_temp.opt(reloptions, 'autovacuum_vacuum_scale_factor'),
                                current_setting('autovacuum_vacuum_scale_factor')::float8) AS vs,
                       coalesce(pg_temp.opt(reloptions, 'autovacuum_vacuum_insert_threshold'),
                                current_setting('autovacuum_vacuum_insert_threshold')::float8) AS it,
                       coalesce(pg_temp.opt(reloptions, 'autovacuum_vacuum_insert_scale_factor'),
                                current_setting('autovacuum_vacuum_insert_scale_factor')::float8) AS "is",
                       coalesce(pg_temp.opt(reloptions, 'autovacuum_analyze_threshold'),
                                current_setting('autovacuum_analyze_threshold')::float8) AS at,
                       coalesce(pg_temp.opt(reloptions, 'autovacuum_analyze_scale_factor'),
                                current_setting('autovacuum_analyze_scale_factor')::float8) AS "as",
                       coalesce(pg_temp.opt(reloptions, 'autovacuum_vacuum_cost_delay'),
                                nullif(pg_temp.setting('autovacuum_vacuum_cost_delay'), -1),
                                pg_temp.setting('vacuum_cost_delay')) AS cost_delay,
                       coalesce(pg_temp.opt(reloptions, 'autovacuum_vacuum_cost_limit'),
                                nullif(pg_temp.setting('autovacuum_vacuum_cost_limit'), -1),
                                pg_temp.setting('vacuum_cost_limit')) AS cost_limit
                FROM t)
            SELECT name, n_dead_tup > vt + vs * tuples OR n_ins_since_vacuum > it + "is" * tuples,
                   n_mod_since_analyze > at + "as" * tuples, cost_delay, cost_limit
            FROM o""";

    /** The value of one storage parameter, or null: a function of the session, so nothing is created. */
    private static final String OPT = """
            CREATE OR REPLACE FUNCTION pg_temp.opt(options text[], name text) RETURNS float8 LANGUAGE sql AS
            $$ SELECT split_part(o, '=', 2)::float8 FROM unnest(options) o WHERE split_part(o, '=', 1) = name $$;
            CREATE OR REPLACE FUNCTION pg_temp.setting(name text) RETURNS float8 LANGUAGE sql AS
            $$ SELECT setting::float8 FROM pg_settings WHERE pg_settings.name = setting.name $$""";

    private final List<Database> databases;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-autovacuum");
        t.setDaemon(true);
        return t;
    });

    private Autovacuum(List<Database> databases) {
        this.databases = List.copyOf(databases);
    }

    /** Runs a pass over {@code databases} every {@code every}, from one interval after now until closed. */
    public static Autovacuum every(Duration every, List<Database> databases) {
        Autovacuum autovacuum = new Autovacuum(databases);
        autovacuum.scheduler.scheduleWithFixedDelay(autovacuum::passLogged, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return autovacuum;
    }

    /** One pass: what autovacuum would do now in each database. Returns the statements it ran, each after its throttle. */
    public List<String> pass() throws SQLException {
        List<String> ran = new ArrayList<>();
        for (Database database : databases) {
            try (Connection c = database.connect(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute(OPT);
                List<String> due = new ArrayList<>();
                List<String> throttles = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(DUE)) {
                    while (rs.next()) {
                        boolean vacuum = rs.getBoolean(2);
                        boolean analyze = rs.getBoolean(3);
                        if (vacuum || analyze) {
                            due.add((vacuum ? "VACUUM" + (analyze ? " (ANALYZE) " : " ") : "ANALYZE ")
                                    + rs.getString(1));
                            // autovacuum's cost-based delay, which spreads its work out (a manual VACUUM has none)
                            throttles.add("SET vacuum_cost_delay = " + rs.getDouble(4) + "; SET vacuum_cost_limit = "
                                    + Math.round(rs.getDouble(5)));
                        }
                    }
                }
                for (int i = 0; i < due.size(); i++) {
                    s.execute(throttles.get(i));
                    s.execute(due.get(i));
                    ran.add(throttles.get(i));
                    ran.add(due.get(i));
                }
            }
        }
        return ran;
    }

    private void passLogged() {
        try {
            pass();
        } catch (SQLException | RuntimeException e) {
            System.err.println("Autovacuum pass failed: " + e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
