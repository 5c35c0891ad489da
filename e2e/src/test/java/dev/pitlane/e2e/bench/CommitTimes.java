package dev.pitlane.e2e.bench;

import dev.pitlane.localinfra.PostgresServer;

import dev.pitlane.testsupport.Autovacuum;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a parts issue's dispatch and store receipt committed in procurement-service, and when the stock postings
 * they caused committed in inventory-service, read from one clock: both databases live on the same PostgreSQL
 * server, and a deferred constraint trigger in each records {@code clock_timestamp()} as its transaction commits.
 *
 * <p>A deferred trigger fires inside COMMIT, after all of the transaction's own work and just before its commit
 * record is flushed, so neither end is stamped early by the time its transaction spent working (as {@code now()},
 * the transaction's start, would be) and no poll adds its interval. The WAL flush after the stamp is paid on both
 * ends alike. The triggers exist only in the benchmark's own databases, created after the services migrated them.
 */
final class CommitTimes {

    enum Kind { DISPATCH, RECEIPT }

    private static final String TABLE = """
            CREATE TABLE bench_commit_times (
                kind         TEXT        NOT NULL,
                document     TEXT        NOT NULL,
                committed_at TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (kind, document));
            GRANT INSERT ON bench_commit_times TO pitlane_app;
            """;

    /** procurement: the row as it turns DISPATCHED, then RECEIVED or RECEIVED_WITH_DISCREPANCY. */
    private static final String PROCUREMENT = TABLE + """
            CREATE FUNCTION bench_parts_issue_committed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO bench_commit_times
                VALUES (CASE WHEN NEW.status = 'DISPATCHED' THEN 'DISPATCH' ELSE 'RECEIPT' END, NEW.id::text,
                        clock_timestamp())
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER bench_parts_issue_committed AFTER UPDATE ON parts_issues
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                WHEN (OLD.status IS DISTINCT FROM NEW.status
                      AND NEW.status IN ('DISPATCHED', 'RECEIVED', 'RECEIVED_WITH_DISCREPANCY'))
                EXECUTE FUNCTION bench_parts_issue_committed();
            """;

    /**
     * inventory: the first ledger row of the posting. A dispatch takes stock off the source (quantity < 0)
     * into the destination's transit (in transit > 0); a receipt takes it out of transit onto the shelf or writes
     * it off.
     */
    private static final String INVENTORY = TABLE + """
            CREATE FUNCTION bench_ledger_committed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO bench_commit_times
                VALUES (CASE WHEN NEW.quantity < 0 OR NEW.in_transit_delta > 0 THEN 'DISPATCH' ELSE 'RECEIPT' END,
                        NEW.source_document_id, clock_timestamp())
                ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER bench_ledger_committed AFTER INSERT ON stock_ledger
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                WHEN (NEW.source_document_type = 'PARTS_ISSUE')
                EXECUTE FUNCTION bench_ledger_committed();
            """;

    private final PostgresServer postgres;
    private final String procurementDatabase;
    private final String inventoryDatabase;

    CommitTimes(PostgresServer postgres, String procurementDatabase, String inventoryDatabase) {
        this.postgres = postgres;
        this.procurementDatabase = procurementDatabase;
        this.inventoryDatabase = inventoryDatabase;
    }

    void install() throws SQLException {
        execute(procurementDatabase, PROCUREMENT);
        execute(inventoryDatabase, INVENTORY);
    }

    Map<String, Instant> procurement(Kind kind) throws SQLException {
        return read(procurementDatabase, kind);
    }

    Map<String, Instant> inventory(Kind kind) throws SQLException {
        return read(inventoryDatabase, kind);
    }

    /** Autovacuum's work in both databases, which this machine's server does not do (autovacuum is off there). */
    Autovacuum autovacuumEvery(Duration every) throws SQLException {
        Autovacuum autovacuum = Autovacuum.every(every, List.of(() -> postgres.admin(procurementDatabase),
                () -> postgres.admin(inventoryDatabase)));
        autovacuum.pass();
        return autovacuum;
    }

    /** Direct SQL on a service's database, for the benchmark's own waits. */
    long count(boolean inventory, String sql) throws SQLException {
        try (Connection c = postgres.admin(inventory ? inventoryDatabase : procurementDatabase);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Instant> read(String database, Kind kind) throws SQLException {
        Map<String, Instant> times = new HashMap<>();
        try (Connection c = postgres.admin(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document, committed_at FROM bench_commit_times WHERE kind = '"
                     + kind + "'")) {
            while (rs.next()) {
                times.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
            }
        }
        return times;
    }

    private void execute(String database, String sql) throws SQLException {
        try (Connection c = postgres.admin(database); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
