package dev.pitlane.procurement.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads the database as the table owner, whom row-level security does not restrict: what is really stored. */
@TestComponent
public class OwnerDatabase {

    private final Environment env;

    public OwnerDatabase(Environment env) {
        this.env = env;
    }

    public long count(String sql) {
        try (Connection c = DriverManager.getConnection(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.flyway.user"), env.getProperty("spring.flyway.password"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
