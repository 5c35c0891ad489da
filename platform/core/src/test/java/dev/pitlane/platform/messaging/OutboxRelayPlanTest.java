package dev.pitlane.platform.messaging;

import dev.pitlane.localinfra.PostgresServer;
import dev.pitlane.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's statements walk the outbox's primary key even when the outbox's statistics make a sequential scan look
 * cheapest: here an outbox vacuumed while drained. The plan a relay's connection would cache from such statistics reads
 * the whole table, and keeps reading it as dead rows pile up between vacuums (seen in a benchmark: 3.5 ms a batch).
 */
class OutboxRelayPlanTest {

    private static PostgresServer.Database db;

    @BeforeAll
    static void outboxAnalyzedSmall() throws Exception {
        db = TestInfrastructure.database("relay_plan");
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute(resource("db/platform/V0_1__platform_messaging_and_idempotency.sql"));
            s.execute(resource("db/platform/V0_2__outbox_vacuumed_as_a_queue.sql"));
            // drained and vacuumed down to nothing (TRUNCATE overrides the table's vacuum_truncate = false, as a
            // manual vacuum may), then the next events arrive: the table looks empty to the planner
            s.execute(rows(5000) + "; DELETE FROM outbox_events");
            s.execute("VACUUM (ANALYZE, TRUNCATE) outbox_events");
            s.execute(rows(3));
        }
    }

    @Test
    void theBatchIsTakenInKeyOrderFromTheIndex() throws SQLException {
        String take = OutboxRelay.TAKE.replace("?", "$1");
        assertThat(genericPlan(null, take, "int")).as("the plan the statistics alone lead to").contains("Seq Scan");
        assertThat(genericPlan(OutboxRelay.INDEX_ONLY, take, "int")).contains("Index Scan using outbox_events_pkey")
                .doesNotContain("Seq Scan");
    }

    @Test
    void publishedRowsAreDeletedThroughTheIndex() throws SQLException {
        String delete = OutboxRelay.DELETE.replace("?", "$1");
        assertThat(genericPlan(null, delete, "bigint[]")).contains("Seq Scan");
        assertThat(genericPlan(OutboxRelay.INDEX_ONLY, delete, "bigint[]"))
                .contains("outbox_events_pkey").doesNotContain("Seq Scan");
    }

    /** The plan a connection would cache for {@code sql} after {@code setting} in the same transaction. */
    private static String genericPlan(String setting, String sql, String parameterTypes) throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            if (setting != null) {
                s.execute(setting);
            }
            s.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            s.execute("PREPARE relay_statement (" + parameterTypes + ") AS " + sql);
            String arguments = parameterTypes.equals("int") ? "(500)" : "('{1, 2, 3, 4}')";
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN EXECUTE relay_statement " + arguments)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            c.rollback();
            s.execute("DEALLOCATE relay_statement");
            return plan.toString();
        }
    }

    private static String rows(int count) {
        return "INSERT INTO outbox_events (event_id, topic, message_key, event_type, payload) SELECT gen_random_uuid(),"
                + " 't', 'k', 'E', '{}' FROM generate_series(1, " + count + ")";
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = OutboxRelayPlanTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
