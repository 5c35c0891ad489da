package dev.pitlane.procurement.purchaseorder.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.procurement.purchaseorder.domain.LineAmounts;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrder;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderLine;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderOrigin;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderStatus;
import dev.pitlane.procurement.purchaseorder.domain.StatusChange;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores the purchase order aggregate: header, lines and the history of its status changes. */
@Repository
public class PurchaseOrderRepository {

    private final JdbcClient jdbc;

    PurchaseOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID org() {
        return TenantContext.organizationId();
    }

    /** The order, locked until the transaction ends, so concurrent actions on it run one after the other. */
    public Optional<PurchaseOrder> lock(UUID id) {
        return load(id, " FOR UPDATE");
    }

    public Optional<PurchaseOrder> find(UUID id) {
        return load(id, "");
    }

    private Optional<PurchaseOrder> load(UUID id, String lock) {
        return jdbc.sql("SELECT * FROM purchase_orders WHERE id = :id AND organization_id = :org" + lock)
                .param("id", id).param("org", org())
                .query((rs, i) -> header(rs))
                .optional()
                .map(h -> PurchaseOrder.restore(new PurchaseOrder.State(h.id(), h.number(), h.supplierId(),
                        h.deliveryLocationId(), h.status(), h.origin(), h.expectedDeliveryDate(), h.notes(),
                        h.createdBy(), h.createdAt(), h.submittedBy(), h.approvedBy(), h.approvedAt(), h.orderedAt(),
                        h.closedReason(), h.version(), lines(id))));
    }

    private List<PurchaseOrderLine> lines(UUID orderId) {
        return jdbc.sql("""
                        SELECT id, line_number, item_id, sku, description, quantity, unit_price, tax_rate,
                            received_quantity, rejected_quantity
                        FROM purchase_order_lines WHERE purchase_order_id = :po AND organization_id = :org
                        ORDER BY line_number""")
                .param("po", orderId).param("org", org())
                .query((rs, i) -> new PurchaseOrderLine(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10)))
                .list();
    }

    public void insert(PurchaseOrder po, String currency, Instant now) {
        LineAmounts totals = po.amounts();
        jdbc.sql("""
                        INSERT INTO purchase_orders (id, organization_id, number, supplier_id, delivery_location_id,
                            status, origin, currency, subtotal, tax_total, total, expected_delivery_date, notes,
                            created_by, created_at, updated_at)
                        VALUES (:id, :org, :number, :supplier, :location, :status, :origin, :currency, :subtotal,
                            :tax, :total, :expected, :notes, :createdBy, :now, :now)""")
                .param("id", po.id()).param("org", org()).param("number", po.number())
                .param("supplier", po.supplierId()).param("location", po.deliveryLocationId())
                .param("status", po.status().name()).param("origin", po.origin().name()).param("currency", currency)
                .param("subtotal", totals.net()).param("tax", totals.tax()).param("total", totals.total())
                .param("expected", date(po)).param("notes", po.notes()).param("createdBy", po.createdBy())
                .param("now", Timestamp.from(now))
                .update();
        saveLines(po);
        appendHistory(po, now);
    }

    /** Writes back a loaded order; it must still be at the version it was loaded with. */
    public void save(PurchaseOrder po, Instant now) {
        LineAmounts totals = po.amounts();
        int updated = jdbc.sql("""
                        UPDATE purchase_orders SET supplier_id = :supplier, delivery_location_id = :location,
                            status = :status, subtotal = :subtotal, tax_total = :tax, total = :total,
                            expected_delivery_date = :expected, notes = :notes, submitted_by = :submittedBy,
                            approved_by = :approvedBy, approved_at = :approvedAt, ordered_at = :orderedAt,
                            closed_reason = :closedReason, updated_at = :now, version = version + 1
                        WHERE id = :id AND organization_id = :org AND version = :version""")
                .param("supplier", po.supplierId()).param("location", po.deliveryLocationId())
                .param("status", po.status().name()).param("subtotal", totals.net()).param("tax", totals.tax())
                .param("total", totals.total()).param("expected", date(po)).param("notes", po.notes())
                .param("submittedBy", po.submittedBy()).param("approvedBy", po.approvedBy())
                .param("approvedAt", timestamp(po.approvedAt())).param("orderedAt", timestamp(po.orderedAt()))
                .param("closedReason", po.closedReason()).param("now", Timestamp.from(now))
                .param("id", po.id()).param("org", org()).param("version", po.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("purchase order " + po.id());
        }
        // only a draft's revision drops lines, and a draft has no receipts referring to them
        jdbc.sql("DELETE FROM purchase_order_lines WHERE purchase_order_id = :po AND organization_id = :org"
                        + " AND NOT (id = ANY (:kept))")
                .param("po", po.id()).param("org", org())
                .param("kept", po.lines().stream().map(PurchaseOrderLine::id).toArray(UUID[]::new))
                .update();
        saveLines(po);
        appendHistory(po, now);
    }

    private void saveLines(PurchaseOrder po) {
        for (PurchaseOrderLine l : po.lines()) {
            jdbc.sql("""
                            INSERT INTO purchase_order_lines (id, organization_id, purchase_order_id, line_number,
                                item_id, sku, description, quantity, unit_price, tax_rate, net_amount, tax_amount,
                                total_amount, received_quantity, rejected_quantity)
                            VALUES (:id, :org, :po, :n, :item, :sku, :description, :quantity, :price, :rate, :net,
                                :tax, :total, :received, :rejected)
                            ON CONFLICT (id) DO UPDATE SET received_quantity = EXCLUDED.received_quantity,
                                rejected_quantity = EXCLUDED.rejected_quantity""")
                    .param("id", l.id()).param("org", org()).param("po", po.id()).param("n", l.lineNumber())
                    .param("item", l.itemId()).param("sku", l.sku()).param("description", l.description())
                    .param("quantity", l.quantity()).param("price", l.unitPrice()).param("rate", l.taxRate())
                    .param("net", l.amounts().net()).param("tax", l.amounts().tax())
                    .param("total", l.amounts().total()).param("received", l.received())
                    .param("rejected", l.rejected())
                    .update();
        }
    }

    private void appendHistory(PurchaseOrder po, Instant now) {
        for (StatusChange c : po.changes()) {
            jdbc.sql("""
                            INSERT INTO purchase_order_status_changes (organization_id, purchase_order_id, from_status,
                                to_status, actor, note, changed_at)
                            VALUES (:org, :po, :from, :to, :actor, :note, :now)""")
                    .param("org", org()).param("po", po.id()).param("from", c.from() == null ? null : c.from().name())
                    .param("to", c.to().name()).param("actor", c.actor()).param("note", c.note())
                    .param("now", Timestamp.from(now))
                    .update();
        }
    }

    /** Serializes reorder suggestions for one supplier and location until the transaction ends. */
    public void lockReorderSlot(UUID supplierId, UUID locationId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "reorder:" + org() + ":" + supplierId + ":" + locationId)
                .query((rs, i) -> 1).single();
    }

    /**
     * The oldest draft for a supplier and delivery location, locked: where reorder suggestions are collected.
     */
    public Optional<UUID> lockDraftFor(UUID supplierId, UUID locationId) {
        return jdbc.sql("""
                        SELECT id FROM purchase_orders
                        WHERE organization_id = :org AND supplier_id = :supplier AND delivery_location_id = :location
                            AND status = 'DRAFT'
                        ORDER BY created_at, id LIMIT 1 FOR UPDATE""")
                .param("org", org()).param("supplier", supplierId).param("location", locationId)
                .query(UUID.class).optional();
    }

    /** An open order (draft up to partially received) that still waits for this item at this location. */
    public Optional<UUID> openOrderWaitingFor(UUID itemId, UUID locationId) {
        return jdbc.sql("""
                        SELECT po.id FROM purchase_orders po
                        JOIN purchase_order_lines l
                            ON l.purchase_order_id = po.id AND l.organization_id = po.organization_id
                        WHERE po.organization_id = :org AND po.delivery_location_id = :location AND l.item_id = :item
                            AND po.status IN ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'ORDERED', 'PARTIALLY_RECEIVED')
                            AND l.received_quantity < l.quantity
                        ORDER BY po.created_at LIMIT 1""")
                .param("org", org()).param("item", itemId).param("location", locationId)
                .query(UUID.class).optional();
    }

    private static Date date(PurchaseOrder po) {
        return po.expectedDeliveryDate() == null ? null : Date.valueOf(po.expectedDeliveryDate());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Header header(ResultSet rs) throws SQLException {
        Date expected = rs.getDate("expected_delivery_date");
        return new Header(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("supplier_id", UUID.class), rs.getObject("delivery_location_id", UUID.class),
                PurchaseOrderStatus.valueOf(rs.getString("status")),
                PurchaseOrderOrigin.valueOf(rs.getString("origin")),
                expected == null ? null : expected.toLocalDate(), rs.getString("notes"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("submitted_by"), rs.getString("approved_by"),
                instant(rs, "approved_at"), instant(rs, "ordered_at"), rs.getString("closed_reason"),
                rs.getLong("version"));
    }

    private record Header(UUID id, String number, UUID supplierId, UUID deliveryLocationId, PurchaseOrderStatus status,
                          PurchaseOrderOrigin origin, LocalDate expectedDeliveryDate, String notes,
                          String createdBy, Instant createdAt, String submittedBy, String approvedBy,
                          Instant approvedAt, Instant orderedAt, String closedReason, long version) {
    }
}
