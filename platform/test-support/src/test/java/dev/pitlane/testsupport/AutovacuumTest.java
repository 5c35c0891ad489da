package dev.pitlane.testsupport;

import dev.pitlane.localinfra.PostgresServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AutovacuumTest {

    private final PostgresServer.Database db = TestInfrastructure.database("autovacuum");
    private final Autovacuum.Database owner = () -> DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(),
            db.ownerPassword());

    @Test
    void vacuumsAndAnalyzesWhatAutovacuumWouldAndLeavesTheRest() throws Exception {
        sql("CREATE TABLE busy (id int PRIMARY KEY); INSERT INTO busy SELECT generate_series(1, 5000);"
                + "CREATE TABLE quiet (id int PRIMARY KEY); INSERT INTO quiet VALUES (1);"
                + "CREATE TABLE queue (id int PRIMARY KEY) WITH (autovacuum_vacuum_scale_factor = 0,"
                + " autovacuum_vacuum_threshold = 10, autovacuum_vacuum_cost_delay = 0)");
        awaitCounted("busy", "n_ins_since_vacuum", 5000);
        try (Autovacuum autovacuum = Autovacuum.every(Duration.ofHours(1), List.of(owner))) {
            // 5,000 rows inserted into a table never analyzed: past both thresholds; one row is past neither
            // throttled as autovacuum would be: the server's autovacuum_vacuum_cost_delay, vacuum_cost_limit
            assertThat(autovacuum.pass()).containsSubsequence(throttle("autovacuum_vacuum_cost_delay"),
                            "VACUUM (ANALYZE) public.busy")
                    .noneMatch(sql -> sql.endsWith(".quiet"));
            assertThat(reltuples("busy")).isEqualTo(5000);

            sql("INSERT INTO queue SELECT generate_series(1, 20); DELETE FROM queue; DELETE FROM busy WHERE id <= 20");
            awaitCounted("queue", "n_dead_tup", 20);
            awaitCounted("busy", "n_dead_tup", 20);
            // 20 dead rows: past the queue's own threshold of 10 (not its analyze threshold of 50 changed rows),
            // far below busy's 50 + 20% of 5,000
            // with the queue's own cost delay: none
            assertThat(autovacuum.pass()).containsSubsequence(
                            "SET vacuum_cost_delay = 0.0; SET vacuum_cost_limit = " + single(
                                    "SELECT setting FROM pg_settings WHERE name = 'vacuum_cost_limit'"),
                            "VACUUM public.queue")
                    .noneMatch(sql -> sql.endsWith(".busy"));
        }
    }

    /** The throttle the server's settings give every table without its own. */
    private String throttle(String delaySetting) throws SQLException {
        long delay = single("SELECT setting FROM pg_settings WHERE name = '" + delaySetting + "'");
        return "SET vacuum_cost_delay = " + (double) delay + "; SET vacuum_cost_limit = "
                + single("SELECT setting FROM pg_settings WHERE name = 'vacuum_cost_limit'");
    }

    private void sql(String sql) throws SQLException {
        try (Connection c = owner.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long reltuples(String table) throws SQLException {
        return single("SELECT reltuples FROM pg_class WHERE relname = '" + table + "'");
    }

    /** A backend reports its row counts to the statistics system when it goes idle or exits, not at once. */
    private void awaitCounted(String table, String counter, long atLeast) {
        Await.until(counter + " of " + table, Duration.ofSeconds(10), () -> {
            try {
                return single("SELECT " + counter + " FROM pg_stat_user_tables WHERE relname = '" + table + "'");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, n -> n >= atLeast);
    }

    private long single(String query) throws SQLException {
        try (Connection c = owner.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
