package dev.pitlane.reporting.customer.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.reporting.customer.application.CustomerCounts;
import dev.pitlane.reporting.readmodel.application.ReadModelStore;
import dev.pitlane.reporting.readmodel.domain.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Read model "customers": one row per customer, the newest event winning by Kafka offset (a customer's events are
 * keyed by the customer, so they share a partition).
 */
@Repository
public class CustomerModel implements ReadModelStore {

    private final JdbcClient jdbc;

    CustomerModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReadModel readModel() {
        return ReadModel.CUSTOMERS;
    }

    public void created(UUID customerId, Instant at, long offset) {
        jdbc.sql("""
                        INSERT INTO customers AS c (organization_id, customer_id, created_at, deleted, source_offset)
                        VALUES (:org, :id, :at, false, :offset)
                        ON CONFLICT (organization_id, customer_id) DO UPDATE SET created_at = excluded.created_at
                        WHERE c.source_offset > excluded.source_offset""")
                .param("org", TenantContext.organizationId()).param("id", customerId)
                .param("at", Timestamp.from(at)).param("offset", offset).update();
    }

    /** A customer deleted or restored; {@code created_at} stays unknown (epoch) until its CustomerCreated comes. */
    public void deleted(UUID customerId, boolean deleted, long offset) {
        jdbc.sql("""
                        INSERT INTO customers AS c (organization_id, customer_id, created_at, deleted, source_offset)
                        VALUES (:org, :id, 'epoch', :deleted, :offset)
                        ON CONFLICT (organization_id, customer_id) DO UPDATE SET deleted = excluded.deleted,
                            source_offset = excluded.source_offset
                        WHERE c.source_offset < excluded.source_offset""")
                .param("org", TenantContext.organizationId()).param("id", customerId).param("deleted", deleted)
                .param("offset", offset).update();
    }

    public CustomerCounts.Counts counts(Instant createdSince) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE NOT deleted) AS total,
                            count(*) FILTER (WHERE NOT deleted AND created_at >= :since) AS recent
                        FROM customers WHERE organization_id = :org""")
                .param("org", TenantContext.organizationId()).param("since", Timestamp.from(createdSince))
                .query((rs, i) -> new CustomerCounts.Counts(rs.getLong("total"), rs.getLong("recent"))).single();
    }

    /** A fact per customer needs no lock (see SupplierPurchaseModel#reset). */
    @Override
    public void reset() {
        jdbc.sql("DELETE FROM customers WHERE organization_id = :org")
                .param("org", TenantContext.organizationId()).update();
    }
}
