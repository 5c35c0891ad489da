package dev.pitlane.billing.customer.persistence;

import dev.pitlane.billing.customer.application.CustomerDirectory;
import dev.pitlane.billing.customer.application.KnownCustomer;
import dev.pitlane.platform.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL: "keep the later version" is one upsert with a condition, which a JPA save cannot say. */
@Repository
class JdbcCustomerDirectory implements CustomerDirectory {

    private final JdbcClient jdbc;

    JdbcCustomerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(KnownCustomer customer) {
        jdbc.sql("""
                        INSERT INTO customers (organization_id, id, name, gstin, version, updated_at)
                        VALUES (:org, :id, :name, :gstin, :version, :now)
                        ON CONFLICT (organization_id, id) DO UPDATE
                        SET name = EXCLUDED.name, gstin = EXCLUDED.gstin, version = EXCLUDED.version,
                            updated_at = EXCLUDED.updated_at
                        WHERE customers.version < EXCLUDED.version""")
                .param("org", TenantContext.organizationId())
                .param("id", customer.id())
                .param("name", customer.name())
                .param("gstin", customer.gstin())
                .param("version", customer.version())
                .param("now", Timestamp.from(Instant.now()))
                .update();
    }

    @Override
    public Optional<KnownCustomer> find(UUID customerId) {
        return jdbc.sql("SELECT id, name, gstin, version FROM customers WHERE organization_id = :org AND id = :id")
                .param("org", TenantContext.organizationId())
                .param("id", customerId)
                .query((rs, n) -> new KnownCustomer(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("gstin"), rs.getLong("version")))
                .optional();
    }
}
