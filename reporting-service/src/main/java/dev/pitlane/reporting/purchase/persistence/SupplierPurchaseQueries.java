package dev.pitlane.reporting.purchase.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.reporting.purchase.application.PurchaseGrouping;
import dev.pitlane.reporting.purchase.application.SupplierPurchaseRow;
import dev.pitlane.reporting.purchase.application.SupplierPurchasesReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Aggregates over read model "supplier-purchases", grouped as procurement's own report groups them. */
@Repository
public class SupplierPurchaseQueries {

    private static final String SUMS = """
            sum(net_amount) AS net_amount, coalesce(sum(tax_amount), 0) AS tax_amount,
            sum(net_amount + coalesce(tax_amount, 0)) AS total_amount, count(DISTINCT receipt_id) AS receipts""";

    private final JdbcClient jdbc;

    SupplierPurchaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public SupplierPurchasesReport purchases(LocalDate from, LocalDate to, ZoneId zone, UUID supplierId, UUID itemId,
                                             List<PurchaseGrouping> groups, PageQuery page) {
        boolean bySupplier = groups.contains(PurchaseGrouping.SUPPLIER);
        boolean byItem = groups.contains(PurchaseGrouping.ITEM);
        boolean byMonth = groups.contains(PurchaseGrouping.MONTH);
        // the zone is the service's configuration, never the client's, and must be the same text in SELECT and
        // GROUP BY, which two bind parameters would not be
        String month = "to_char(received_at AT TIME ZONE '" + safeZone(zone) + "', 'YYYY-MM')";
        List<String> select = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        select.add(bySupplier ? "supplier_id" : "NULL::uuid AS supplier_id");
        select.add(byItem ? "item_id, max(sku) AS sku, sum(quantity) AS quantity"
                : "NULL::uuid AS item_id, NULL::text AS sku, NULL::numeric AS quantity");
        select.add(byMonth ? month + " AS month" : "NULL::text AS month");
        if (bySupplier) {
            groupBy.add("supplier_id");
        }
        if (byItem) {
            groupBy.add("item_id");
        }
        if (byMonth) {
            groupBy.add(month);
        }
        String source = " FROM supplier_purchases WHERE organization_id = :org AND received_at >= :from "
                + "AND received_at < :to" + (supplierId == null ? "" : " AND supplier_id = :supplier")
                + (itemId == null ? "" : " AND item_id = :item");
        String grouped = source + (groupBy.isEmpty() ? "" : " GROUP BY " + String.join(", ", groupBy));
        var rows = jdbc.sql("SELECT " + String.join(", ", select) + ", " + SUMS + grouped
                        + page.orderBy("1, 2, 5") + " LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("SELECT count(*) FROM (SELECT 1" + grouped + ") g");
        var totals = jdbc.sql("SELECT " + SUMS + source);
        for (var spec : List.of(rows, count, totals)) {
            bindPeriod(spec, from, to, zone);
            if (supplierId != null) {
                spec.param("supplier", supplierId);
            }
            if (itemId != null) {
                spec.param("item", itemId);
            }
        }
        List<SupplierPurchaseRow> items = rows.query((rs, i) -> new SupplierPurchaseRow(
                rs.getObject("supplier_id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("sku"),
                rs.getString("month"), rs.getBigDecimal("quantity"), zero(rs.getBigDecimal("net_amount")),
                zero(rs.getBigDecimal("tax_amount")), zero(rs.getBigDecimal("total_amount")),
                rs.getLong("receipts"))).list();
        SupplierPurchasesReport.Totals sum = totals.query((rs, i) -> totalsOf(rs)).single();
        return new SupplierPurchasesReport(from, to, groups, "INR", sum, items,
                PageResponse.of(items, page, count.query(Long.class).single()).page());
    }

    public SupplierPurchasesReport.Totals totals(LocalDate from, LocalDate to, ZoneId zone) {
        var spec = jdbc.sql("SELECT " + SUMS + " FROM supplier_purchases WHERE organization_id = :org "
                + "AND received_at >= :from AND received_at < :to");
        bindPeriod(spec, from, to, zone);
        return spec.query((rs, i) -> totalsOf(rs)).single();
    }

    private static void bindPeriod(JdbcClient.StatementSpec spec, LocalDate from, LocalDate to, ZoneId zone) {
        spec.param("org", TenantContext.organizationId())
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static SupplierPurchasesReport.Totals totalsOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SupplierPurchasesReport.Totals(zero(rs.getBigDecimal("net_amount")),
                zero(rs.getBigDecimal("tax_amount")), zero(rs.getBigDecimal("total_amount")), rs.getLong("receipts"));
    }

    private static String safeZone(ZoneId zone) {
        if (!zone.getId().matches("[A-Za-z0-9/_+-]+")) {
            throw new IllegalArgumentException("Unexpected zone id " + zone.getId());
        }
        return zone.getId();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }
}
