package dev.pitlane.procurement.purchaseorder.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.procurement.purchaseorder.application.ReorderOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

@Repository
public class ReorderSuggestionRepository {

    private final JdbcClient jdbc;

    ReorderSuggestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID eventId, UUID itemId, UUID locationId, BigDecimal available, BigDecimal reorderLevel,
                       BigDecimal reorderQuantity, ReorderOutcome outcome, UUID supplierId, UUID purchaseOrderId,
                       Instant at) {
        jdbc.sql("""
                        INSERT INTO reorder_suggestions (id, organization_id, event_id, item_id, location_id, available,
                            reorder_level, reorder_quantity, outcome, supplier_id, purchase_order_id, created_at)
                        VALUES (:id, :org, :event, :item, :location, :available, :level, :quantity, :outcome,
                            :supplier, :po, :at)""")
                .param("id", UUID.randomUUID()).param("org", TenantContext.organizationId()).param("event", eventId)
                .param("item", itemId).param("location", locationId).param("available", available)
                .param("level", reorderLevel).param("quantity", reorderQuantity).param("outcome", outcome.name())
                .param("supplier", supplierId).param("po", purchaseOrderId).param("at", Timestamp.from(at))
                .update();
    }
}
