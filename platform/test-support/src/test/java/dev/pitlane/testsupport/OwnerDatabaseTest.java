package dev.pitlane.testsupport;

import dev.pitlane.localinfra.PostgresServer;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnerDatabaseTest {

    private final PostgresServer.Database db = TestInfrastructure.database("owner-database");
    private final OwnerDatabase owner = new OwnerDatabase(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());

    @Test
    void readsWhatIsStored() {
        owner.execute("CREATE TABLE IF NOT EXISTS parts (sku TEXT PRIMARY KEY, quantity NUMERIC(18, 3))");
        owner.execute("TRUNCATE parts; INSERT INTO parts VALUES ('OF-1', 2.500), ('OF-2', 1)");
        assertThat(owner.count("SELECT count(*) FROM parts")).isEqualTo(2);
        assertThat(owner.number("SELECT sum(quantity) FROM parts")).isEqualByComparingTo("3.5");
        assertThat(owner.number("SELECT sum(quantity) FROM parts WHERE sku = 'none'")).as("a sum over no rows")
                .isZero();
        assertThat(owner.text("SELECT sku FROM parts ORDER BY sku")).isEqualTo("OF-1");
        assertThat(owner.text("SELECT sku FROM parts WHERE sku = 'none'")).isNull();
        assertThat(owner.rows("SELECT sku, quantity FROM parts ORDER BY sku")).extracting(row -> row.get(0))
                .isEqualTo(List.of("OF-1", "OF-2"));
    }

    @Test
    void aRefusalNamesTheStatementAndKeepsTheDatabasesError() {
        assertThatThrownBy(() -> owner.execute("INSERT INTO no_such_table VALUES (1)"))
                .hasCauseInstanceOf(SQLException.class).hasMessageContaining("no_such_table");
    }

    @Test
    void knowsWhichEventsTheInboxHolds() {
        owner.execute("CREATE TABLE IF NOT EXISTS inbox_events (consumer TEXT, event_id UUID)");
        UUID handled = UUID.randomUUID();
        owner.execute("INSERT INTO inbox_events VALUES ('test', '" + handled + "')");
        assertThat(owner.handled(handled)).isTrue();
        assertThat(owner.handled(UUID.randomUUID())).isFalse();
        owner.awaitHandled(handled);
    }
}
