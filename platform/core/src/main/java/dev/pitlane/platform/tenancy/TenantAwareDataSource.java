package dev.pitlane.platform.tenancy;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;

/**
 * Hands out connections that carry the current organization in the session setting {@code app.organization_id}.
 * Row-level security policies compare each row's {@code organization_id} with it, so a query without a tenant
 * filter still only sees the caller's rows, and a connection without a tenant sees no tenant rows at all.
 * The setting is checked on every checkout, so a pooled connection never keeps a previous caller's organization;
 * it is written only when it differs from what this connection's session already holds (a round trip saved on most
 * checkouts, since a pool serves few organizations at a time).
 */
public class TenantAwareDataSource extends DelegatingDataSource {

    public static final String SETTING = "app.organization_id";

    /** What each physical connection's session holds; weak, so a connection the pool retires is forgotten. */
    private final Map<Connection, String> sessionTenant = Collections.synchronizedMap(new WeakHashMap<>());

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

    private Connection withTenant(Connection connection) throws SQLException {
        String org = TenantContext.organizationIdIfAny().map(UUID::toString).orElse("");
        try {
            Connection physical = connection.unwrap(Connection.class);
            if (org.equals(sessionTenant.get(physical))) {
                return connection;
            }
            try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('" + SETTING + "', ?, false)")) {
                ps.setString(1, org);
                ps.execute();
            }
            // written outside a transaction the setting is the session's for good; inside one a rollback would
            // undo it, so only the former is remembered
            if (connection.getAutoCommit()) {
                sessionTenant.put(physical, org);
            } else {
                sessionTenant.remove(physical);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
