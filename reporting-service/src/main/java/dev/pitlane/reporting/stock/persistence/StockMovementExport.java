package dev.pitlane.reporting.stock.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.reporting.export.application.CursorRows;
import dev.pitlane.reporting.export.application.ExportSource;
import dev.pitlane.reporting.export.domain.ExportFilters;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Stock movement per day, item and location, as a file: in the order of the table's key, so no sort is needed. */
@Component
class StockMovementExport implements ExportSource {

    private final JdbcClient jdbc;
    private final CursorRows rows;

    StockMovementExport(JdbcClient jdbc, CursorRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public String report() {
        return "stock-movements";
    }

    @Override
    public List<String> columns() {
        return List.of("day", "itemId", "locationId", "quantityIn", "quantityOut", "valueIn", "valueOut",
                "movements");
    }

    @Override
    public long count(ExportFilters filters) {
        List<Object> args = new ArrayList<>();
        var spec = jdbc.sql("SELECT count(*) FROM stock_movements_daily" + where(filters, args));
        for (int i = 0; i < args.size(); i++) {
            spec.param(i + 1, args.get(i));
        }
        return spec.query(Long.class).single();
    }

    @Override
    public void stream(ExportFilters filters, Consumer<Object[]> row) {
        List<Object> args = new ArrayList<>();
        rows.stream("SELECT day, item_id, location_id, quantity_in, quantity_out, value_in, value_out, movements "
                + "FROM stock_movements_daily" + where(filters, args) + " ORDER BY day, item_id, location_id", args, row);
    }

    private static String where(ExportFilters f, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE organization_id = ?");
        args.add(TenantContext.organizationId());
        if (f.from() != null) {
            where.append(" AND day >= ?");
            args.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" AND day <= ?");
            args.add(Date.valueOf(f.to()));
        }
        if (f.itemId() != null) {
            where.append(" AND item_id = ?");
            args.add(f.itemId());
        }
        if (f.locationId() != null) {
            where.append(" AND location_id = ?");
            args.add(f.locationId());
        }
        return where.toString();
    }
}
