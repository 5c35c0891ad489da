package dev.pitlane.platform.tenancy;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Hands out connections that carry the current organization in the session setting {@code app.organization_id}.
 * Row-level security policies compare each row's {@code organization_id} with it, so a query without a tenant
 * filter still only sees the caller's rows, and a connection without a tenant sees no tenant rows at all.
 * The setting is written on every checkout, so a pooled connection never keeps a previous caller's organization.
 */
public class TenantAwareDataSource extends DelegatingDataSource {

    public static final String SETTING = "app.organization_id";

    public TenantAwareDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withTenant(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withTenant(super.getConnection(username, password));
    }

    /**
     * Unwrapping yields the pool itself, so Spring Boot can read its settings (Flyway deriving its own data source,
     * pool metrics); connections for application code always come through {@link #getConnection()}.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T unwrap(Class<T> iface) throws SQLException {
        DataSource target = obtainTargetDataSource();
        if (iface.isInstance(target)) {
            return (T) target;
        }
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        DataSource target = obtainTargetDataSource();
        return iface.isInstance(target) || target.isWrapperFor(iface);
    }

    private static Connection withTenant(Connection connection) throws SQLException {
        String org = TenantContext.organizationIdIfAny().map(UUID::toString).orElse("");
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('" + SETTING + "', ?, false)")) {
            ps.setString(1, org);
            ps.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
