package dev.pitlane.platform.sample;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the database as the table owner (which RLS does not restrict), to check what really is stored. */
@TestComponent
class DataSourceAsOwner {

    private final Environment env;

    DataSourceAsOwner(Environment env) {
        this.env = env;
    }

    long count(String sql) {
        try (Connection c = DriverManager.getConnection(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.flyway.user"), env.getProperty("spring.flyway.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.flyway.user"), env.getProperty("spring.flyway.password"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
