package dev.pitlane.procurement.purchaseorder.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

@Repository
public class SupplierNotificationRepository {

    private final JdbcClient jdbc;

    SupplierNotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID purchaseOrderId, UUID supplierId, String channel, String status, String detail,
                       Instant at, String actor) {
        jdbc.sql("""
                        INSERT INTO supplier_notifications (id, organization_id, purchase_order_id, supplier_id,
                            channel, status, detail, attempted_at, attempted_by)
                        VALUES (:id, :org, :po, :supplier, :channel, :status, :detail, :at, :actor)""")
                .param("id", UUID.randomUUID()).param("org", TenantContext.organizationId())
                .param("po", purchaseOrderId).param("supplier", supplierId).param("channel", channel)
                .param("status", status).param("detail", detail).param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }
}
