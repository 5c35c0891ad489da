package dev.pitlane.reporting.purchase.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.reporting.config.ReportingProperties;
import dev.pitlane.reporting.export.application.CursorRows;
import dev.pitlane.reporting.export.application.ExportSource;
import dev.pitlane.reporting.export.domain.ExportFilters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Every accepted receipt line, as a file (the list behind the supplier purchases report). */
@Component
class SupplierPurchaseExport implements ExportSource {

    private final JdbcClient jdbc;
    private final CursorRows rows;
    private final ReportingProperties properties;

    SupplierPurchaseExport(JdbcClient jdbc, CursorRows rows, ReportingProperties properties) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.properties = properties;
    }

    @Override
    public String report() {
        return "supplier-purchases";
    }

    @Override
    public List<String> columns() {
        return List.of("receivedAt", "receiptNumber", "purchaseOrderNumber", "supplierId", "itemId", "sku",
                "locationId", "quantity", "unitCost", "currency", "netAmount", "taxAmount");
    }

    @Override
    public long count(ExportFilters filters) {
        List<Object> args = new ArrayList<>();
        var spec = jdbc.sql("SELECT count(*) FROM supplier_purchases" + where(filters, args));
        for (int i = 0; i < args.size(); i++) {
            spec.param(i + 1, args.get(i));
        }
        return spec.query(Long.class).single();
    }

    @Override
    public void stream(ExportFilters filters, Consumer<Object[]> row) {
        List<Object> args = new ArrayList<>();
        rows.stream("SELECT received_at, receipt_number, purchase_order_number, supplier_id, item_id, sku, "
                + "location_id, quantity, unit_cost, currency, net_amount, tax_amount FROM supplier_purchases"
                + where(filters, args) + " ORDER BY received_at, receipt_id, line_id", args, row);
    }

    private String where(ExportFilters f, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE organization_id = ?");
        args.add(TenantContext.organizationId());
        if (f.from() != null) {
            where.append(" AND received_at >= ?");
            args.add(Timestamp.from(f.from().atStartOfDay(properties.businessZone()).toInstant()));
        }
        if (f.to() != null) {
            where.append(" AND received_at < ?");
            args.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(properties.businessZone()).toInstant()));
        }
        if (f.supplierId() != null) {
            where.append(" AND supplier_id = ?");
            args.add(f.supplierId());
        }
        if (f.itemId() != null) {
            where.append(" AND item_id = ?");
            args.add(f.itemId());
        }
        return where.toString();
    }
}
