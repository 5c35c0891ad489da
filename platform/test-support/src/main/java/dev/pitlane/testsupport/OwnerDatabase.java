package dev.pitlane.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The service's database as its owner role sees it. Row-level security does not restrict the table owner, so a test
 * reads here what is really stored, across tenants, and may change what the application role may not. Every
 * {@link PitlaneIntegrationTest} has one (it connects with the Flyway credentials {@link PitlaneTestInitializer}
 * sets); a new connection per call, so nothing a test does here shares a transaction with the service.
 */
@TestComponent
public class OwnerDatabase {

    private final String url;
    private final String user;
    private final String password;

    @Autowired
    public OwnerDatabase(Environment env) {
        this(env.getProperty("spring.datasource.url"), env.getProperty("spring.flyway.user"),
                env.getProperty("spring.flyway.password"));
    }

    public OwnerDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The first column of the first row as a whole number; 0 when it is NULL (a sum over no rows). */
    public long count(String sql) {
        return number(sql).longValueExact();
    }

    /** The first column of the first row; 0 when it is NULL (a sum over no rows). */
    public BigDecimal number(String sql) {
        return query(sql, rs -> {
            BigDecimal value = rs.next() ? rs.getBigDecimal(1) : null;
            return value == null ? BigDecimal.ZERO : value;
        });
    }

    /** The first column of the first row as text; null when there is no row or it is NULL. */
    public String text(String sql) {
        return query(sql, rs -> rs.next() ? rs.getString(1) : null);
    }

    /** Every row, each as its columns' values in order. */
    public List<List<Object>> rows(String sql) {
        return query(sql, rs -> {
            List<List<Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    /** Runs a statement; a refusal by the database fails with the {@link SQLException} as the cause. */
    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " (" + sql + ")", e);
        }
    }

    /** Whether the service's inbox holds the event: a handler took it and committed its effect. */
    public boolean handled(UUID eventId) {
        return count("SELECT count(*) FROM inbox_events WHERE event_id = '" + eventId + "'") > 0;
    }

    /**
     * Waits until the service's inbox holds the event. After a marker event is handled, every event before it on the
     * same partition was handled (or skipped) too.
     */
    public void awaitHandled(UUID eventId) {
        Await.until(() -> handled(eventId), "event " + eventId + " handled");
    }

    private <T> T query(String sql, ResultReader<T> reader) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " (" + sql + ")", e);
        }
    }

    private interface ResultReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
