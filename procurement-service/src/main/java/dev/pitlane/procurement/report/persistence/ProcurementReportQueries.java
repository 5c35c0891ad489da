package dev.pitlane.procurement.report.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.procurement.report.application.OpenOrderRow;
import dev.pitlane.procurement.report.application.PurchaseGrouping;
import dev.pitlane.procurement.report.application.SupplierPurchaseRow;
import dev.pitlane.procurement.report.application.SupplierPurchasesReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Aggregates over this service's own purchase orders and goods receipts. */
@Repository
public class ProcurementReportQueries {

    private static final String OPEN_STATUSES = "'PENDING_APPROVAL', 'APPROVED', 'ORDERED', 'PARTIALLY_RECEIVED'";

    private final JdbcClient jdbc;

    ProcurementReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SupplierPurchasesReport supplierPurchases(LocalDate from, LocalDate to, ZoneId zone, UUID supplierId,
                                                     UUID itemId, List<PurchaseGrouping> groups, PageQuery page) {
        List<String> select = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        boolean bySupplier = groups.contains(PurchaseGrouping.SUPPLIER);
        boolean byItem = groups.contains(PurchaseGrouping.ITEM);
        boolean byMonth = groups.contains(PurchaseGrouping.MONTH);
        select.add(bySupplier ? "r.supplier_id AS supplier_id, s.name AS supplier_name"
                : "NULL::uuid AS supplier_id, NULL::text AS supplier_name");
        select.add(byItem ? "gl.item_id AS item_id, max(l.sku) AS sku, sum(gl.accepted_quantity) AS quantity"
                : "NULL::uuid AS item_id, NULL::text AS sku, NULL::numeric AS quantity");
        // the zone is ours (the service clock's), never the client's, and the same expression must appear in
        // SELECT and GROUP BY, which two bind parameters would not be
        String month = "to_char(r.received_at AT TIME ZONE '" + safeZone(zone) + "', 'YYYY-MM')";
        select.add(byMonth ? month + " AS month" : "NULL::text AS month");
        if (bySupplier) {
            groupBy.add("r.supplier_id, s.name");
        }
        if (byItem) {
            groupBy.add("gl.item_id");
        }
        if (byMonth) {
            groupBy.add(month);
        }
        String source = """
                 FROM goods_receipt_lines gl
                JOIN goods_receipts r ON r.id = gl.goods_receipt_id AND r.organization_id = gl.organization_id
                JOIN purchase_order_lines l
                    ON l.id = gl.purchase_order_line_id AND l.organization_id = gl.organization_id
                JOIN suppliers s ON s.id = r.supplier_id AND s.organization_id = r.organization_id
                WHERE gl.organization_id = :org AND r.received_at >= :from AND r.received_at < :to"""
                + (supplierId == null ? "" : " AND r.supplier_id = :supplier")
                + (itemId == null ? "" : " AND gl.item_id = :item");
        String grouped = source + " GROUP BY " + String.join(", ", groupBy);
        String sums = """
                sum(gl.net_amount) AS net_amount, sum(gl.tax_amount) AS tax_amount,
                sum(gl.net_amount + gl.tax_amount) AS total_amount, count(DISTINCT r.id) AS receipts""";
        var rows = jdbc.sql("SELECT " + String.join(", ", select) + ", " + sums + grouped
                        + page.orderBy("1, 3, 6") + " LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("SELECT count(*) FROM (SELECT 1" + grouped + ") g");
        var totals = jdbc.sql("SELECT " + sums + source);
        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        for (var spec : List.of(rows, count, totals)) {
            spec.param("org", TenantContext.organizationId()).param("from", start).param("to", end);
            if (supplierId != null) {
                spec.param("supplier", supplierId);
            }
            if (itemId != null) {
                spec.param("item", itemId);
            }
        }
        List<SupplierPurchaseRow> items = rows.query((rs, i) -> new SupplierPurchaseRow(
                rs.getObject("supplier_id", UUID.class), rs.getString("supplier_name"),
                rs.getObject("item_id", UUID.class), rs.getString("sku"), rs.getString("month"),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("net_amount"), rs.getBigDecimal("tax_amount"),
                rs.getBigDecimal("total_amount"), rs.getLong("receipts"))).list();
        long groupCount = count.query(Long.class).single();
        SupplierPurchasesReport.Totals sum = totals.query((rs, i) -> new SupplierPurchasesReport.Totals(
                zeroIfNull(rs.getBigDecimal("net_amount")), zeroIfNull(rs.getBigDecimal("tax_amount")),
                zeroIfNull(rs.getBigDecimal("total_amount")), rs.getLong("receipts"))).single();
        return new SupplierPurchasesReport(from, to, groups, "INR", sum, items,
                PageResponse.of(items, page, groupCount).page());
    }

    public PageResponse<OpenOrderRow> openOrders(UUID supplierId, boolean includeDrafts, PageQuery page) {
        String statuses = includeDrafts ? "'DRAFT', " + OPEN_STATUSES : OPEN_STATUSES;
        return orders("po.status IN (" + statuses + ")", null, supplierId, page);
    }

    public PageResponse<OpenOrderRow> overdueReceipts(LocalDate asOf, UUID supplierId, PageQuery page) {
        return orders("po.status IN ('ORDERED', 'PARTIALLY_RECEIVED') AND po.expected_delivery_date < :asOf", asOf,
                supplierId, page);
    }

    private PageResponse<OpenOrderRow> orders(String condition, LocalDate asOf, UUID supplierId, PageQuery page) {
        String where = " WHERE po.organization_id = :org AND " + condition
                + (supplierId == null ? "" : " AND po.supplier_id = :supplier");
        String overdue = asOf == null ? "NULL::int" : "(:asOf - po.expected_delivery_date)";
        var rows = jdbc.sql("""
                        SELECT po.id, po.number, po.supplier_id, s.name, po.status, po.total, po.created_at,
                            po.ordered_at, po.expected_delivery_date,
                            count(l.id) FILTER (WHERE l.received_quantity < l.quantity) AS outstanding_lines,
                            coalesce(sum(round(greatest(l.quantity - l.received_quantity, 0) * l.unit_price, 2)), 0)
                                AS outstanding_amount,
                            """ + overdue + """
                             AS days_overdue
                        FROM purchase_orders po
                        JOIN suppliers s ON s.id = po.supplier_id AND s.organization_id = po.organization_id
                        LEFT JOIN purchase_order_lines l
                            ON l.purchase_order_id = po.id AND l.organization_id = po.organization_id"""
                        + where + " GROUP BY po.id, s.name" + page.orderBy("po.id") + " LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("SELECT count(*) FROM purchase_orders po" + where);
        for (var spec : List.of(rows, count)) {
            spec.param("org", TenantContext.organizationId());
            if (asOf != null) {
                spec.param("asOf", Date.valueOf(asOf));
            }
            if (supplierId != null) {
                spec.param("supplier", supplierId);
            }
        }
        List<OpenOrderRow> items = rows.query((rs, i) -> openOrder(rs)).list();
        return PageResponse.of(items, page, count.query(Long.class).single());
    }

    private static OpenOrderRow openOrder(ResultSet rs) throws SQLException {
        Date expected = rs.getDate("expected_delivery_date");
        Timestamp ordered = rs.getTimestamp("ordered_at");
        return new OpenOrderRow(rs.getObject("id", UUID.class), rs.getString("number"),
                rs.getObject("supplier_id", UUID.class), rs.getString("name"), rs.getString("status"),
                rs.getBigDecimal("total"), rs.getTimestamp("created_at").toInstant(),
                ordered == null ? null : ordered.toInstant(), expected == null ? null : expected.toLocalDate(),
                rs.getInt("outstanding_lines"), rs.getBigDecimal("outstanding_amount"),
                (Integer) rs.getObject("days_overdue"));
    }

    private static String safeZone(ZoneId zone) {
        if (!zone.getId().matches("[A-Za-z0-9/_+-]+")) {
            throw new IllegalArgumentException("Unexpected zone id " + zone.getId());
        }
        return zone.getId();
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }
}
