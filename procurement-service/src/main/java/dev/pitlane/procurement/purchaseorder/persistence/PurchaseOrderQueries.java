package dev.pitlane.procurement.purchaseorder.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.purchaseorder.application.GoodsReceiptView;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderFilter;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderSummary;
import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderView;
import dev.pitlane.procurement.purchaseorder.application.ReorderOutcome;
import dev.pitlane.procurement.purchaseorder.application.ReorderSuggestionView;
import dev.pitlane.procurement.purchaseorder.application.SupplierNotificationView;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderOrigin;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderStatus;
import dev.pitlane.procurement.shared.application.HistoryEntry;
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

/** What the API shows of purchase orders, receipts, supplier notifications and reorder suggestions. */
@Repository
public class PurchaseOrderQueries {

    private final JdbcClient jdbc;

    PurchaseOrderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static UUID org() {
        return TenantContext.organizationId();
    }

    public Optional<PurchaseOrderView> view(UUID id) {
        return jdbc.sql("""
                        SELECT po.*, s.name AS supplier_name FROM purchase_orders po
                        JOIN suppliers s ON s.id = po.supplier_id AND s.organization_id = po.organization_id
                        WHERE po.id = :id AND po.organization_id = :org""")
                .param("id", id).param("org", org())
                .query((rs, i) -> header(rs))
                .optional()
                .map(v -> v.with(lines(id), history(id)));
    }

    private List<PurchaseOrderView.Line> lines(UUID id) {
        return jdbc.sql("""
                        SELECT id, line_number, item_id, sku, description, quantity, unit_price, tax_rate, net_amount,
                            tax_amount, total_amount, received_quantity, rejected_quantity,
                            GREATEST(quantity - received_quantity, 0) AS outstanding
                        FROM purchase_order_lines WHERE purchase_order_id = :id AND organization_id = :org
                        ORDER BY line_number""")
                .param("id", id).param("org", org())
                .query((rs, i) -> new PurchaseOrderView.Line(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14)))
                .list();
    }

    private List<HistoryEntry> history(UUID id) {
        return jdbc.sql("""
                        SELECT from_status, to_status, actor, note, changed_at FROM purchase_order_status_changes
                        WHERE purchase_order_id = :id AND organization_id = :org ORDER BY id""")
                .param("id", id).param("org", org())
                .query((rs, i) -> new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    public PageResponse<PurchaseOrderSummary> list(PurchaseOrderFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE po.organization_id = :org");
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND po.status IN (:statuses)");
        }
        if (filter.supplierId() != null) {
            where.append(" AND po.supplier_id = :supplier");
        }
        if (filter.itemId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM purchase_order_lines l WHERE l.purchase_order_id = po.id"
                    + " AND l.organization_id = po.organization_id AND l.item_id = :item)");
        }
        List<PurchaseOrderSummary> items = bind(jdbc.sql("""
                        SELECT po.id, po.number, po.supplier_id, s.name, po.delivery_location_id, po.status, po.origin,
                            po.currency, po.total,
                            (SELECT count(*) FROM purchase_order_lines l WHERE l.purchase_order_id = po.id) AS lines,
                            po.expected_delivery_date, po.created_at, po.ordered_at
                        FROM purchase_orders po
                        JOIN suppliers s ON s.id = po.supplier_id AND s.organization_id = po.organization_id"""
                        + where + page.orderBy("po.id") + " LIMIT :limit OFFSET :offset"), filter)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new PurchaseOrderSummary(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class),
                        PurchaseOrderStatus.valueOf(rs.getString(6)), PurchaseOrderOrigin.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getBigDecimal(9), rs.getInt(10), localDate(rs.getDate(11)),
                        instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13))))
                .list();
        long total = bind(jdbc.sql("SELECT count(*) FROM purchase_orders po" + where), filter)
                .query(Long.class).single();
        return PageResponse.of(items, page, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PurchaseOrderFilter filter) {
        spec = spec.param("org", org());
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            spec = spec.param("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.supplierId() != null) {
            spec = spec.param("supplier", filter.supplierId());
        }
        if (filter.itemId() != null) {
            spec = spec.param("item", filter.itemId());
        }
        return spec;
    }

    private static final String RECEIPT = """
            SELECT r.id, r.number, r.purchase_order_id, po.number AS po_number, r.supplier_id, r.location_id,
                r.received_at, r.received_by, r.delivery_note_number, r.note
            FROM goods_receipts r JOIN purchase_orders po
                ON po.id = r.purchase_order_id AND po.organization_id = r.organization_id
            """;

    public Optional<GoodsReceiptView> receipt(UUID receiptId) {
        return jdbc.sql(RECEIPT + " WHERE r.id = :id AND r.organization_id = :org")
                .param("id", receiptId).param("org", org())
                .query((rs, i) -> receiptHeader(rs)).optional()
                .map(r -> r.with(receiptLines(r.id())));
    }

    public List<GoodsReceiptView> receipts(UUID purchaseOrderId) {
        return jdbc.sql(RECEIPT + " WHERE r.purchase_order_id = :po AND r.organization_id = :org"
                        + " ORDER BY r.received_at, r.number")
                .param("po", purchaseOrderId).param("org", org())
                .query((rs, i) -> receiptHeader(rs)).list()
                .stream().map(r -> r.with(receiptLines(r.id()))).toList();
    }

    private List<GoodsReceiptView.Line> receiptLines(UUID receiptId) {
        return jdbc.sql("""
                        SELECT gl.id, gl.purchase_order_line_id, gl.item_id, l.sku, gl.received_quantity,
                            gl.rejected_quantity, gl.accepted_quantity, gl.unit_cost, gl.net_amount, gl.tax_amount,
                            gl.rejection_reason
                        FROM goods_receipt_lines gl JOIN purchase_order_lines l
                            ON l.id = gl.purchase_order_line_id AND l.organization_id = gl.organization_id
                        WHERE gl.goods_receipt_id = :id AND gl.organization_id = :org ORDER BY l.line_number""")
                .param("id", receiptId).param("org", org())
                .query((rs, i) -> new GoodsReceiptView.Line(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        rs.getString(11)))
                .list();
    }

    public List<SupplierNotificationView> notifications(UUID purchaseOrderId) {
        return jdbc.sql("""
                        SELECT id, purchase_order_id, supplier_id, channel, status, detail, attempted_at, attempted_by
                        FROM supplier_notifications WHERE purchase_order_id = :po AND organization_id = :org
                        ORDER BY attempted_at, id""")
                .param("po", purchaseOrderId).param("org", org())
                .query((rs, i) -> new SupplierNotificationView(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                        rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(8)))
                .list();
    }

    public PageResponse<ReorderSuggestionView> suggestions(UUID itemId, PageQuery page) {
        String where = " WHERE organization_id = :org" + (itemId == null ? "" : " AND item_id = :item");
        var select = jdbc.sql("""
                        SELECT id, event_id, item_id, location_id, available, reorder_level, reorder_quantity, outcome,
                            supplier_id, purchase_order_id, created_at FROM reorder_suggestions""" + where
                        + page.orderBy("id") + " LIMIT :limit OFFSET :offset")
                .param("org", org()).param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("SELECT count(*) FROM reorder_suggestions" + where).param("org", org());
        if (itemId != null) {
            select = select.param("item", itemId);
            count = count.param("item", itemId);
        }
        List<ReorderSuggestionView> items = select.query((rs, i) -> new ReorderSuggestionView(
                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                ReorderOutcome.valueOf(rs.getString(8)), rs.getObject(9, UUID.class), rs.getObject(10, UUID.class),
                instant(rs.getTimestamp(11)))).list();
        return PageResponse.of(items, page, count.query(Long.class).single());
    }

    private static GoodsReceiptView receiptHeader(ResultSet rs) throws SQLException {
        return new GoodsReceiptView(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("purchase_order_id", UUID.class), rs.getString("po_number"),
                rs.getObject("supplier_id", UUID.class), rs.getObject("location_id", UUID.class),
                instant(rs.getTimestamp("received_at")), rs.getString("received_by"),
                rs.getString("delivery_note_number"), rs.getString("note"), List.of());
    }

    private static PurchaseOrderView header(ResultSet rs) throws SQLException {
        return new PurchaseOrderView(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("supplier_id", UUID.class), rs.getString("supplier_name"),
                rs.getObject("delivery_location_id", UUID.class), PurchaseOrderStatus.valueOf(rs.getString("status")),
                PurchaseOrderOrigin.valueOf(rs.getString("origin")), rs.getString("currency"),
                rs.getBigDecimal("subtotal"), rs.getBigDecimal("tax_total"), rs.getBigDecimal("total"),
                localDate(rs.getDate("expected_delivery_date")), rs.getString("notes"), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), rs.getString("submitted_by"), rs.getString("approved_by"),
                instant(rs.getTimestamp("approved_at")), instant(rs.getTimestamp("ordered_at")),
                rs.getString("closed_reason"), instant(rs.getTimestamp("updated_at")), rs.getLong("version"),
                List.of(), List.of());
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
