package dev.pitlane.customer.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The database as the table owner sees it (row-level security does not restrict the owner): what is really stored. */
@TestComponent
public class OwnerDatabase {

    private final Environment env;

    OwnerDatabase(Environment env) {
        this.env = env;
    }

    public long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(env.getProperty("spring.datasource.url"), env.getProperty("spring.flyway.user"),
                env.getProperty("spring.flyway.password"));
    }
}
