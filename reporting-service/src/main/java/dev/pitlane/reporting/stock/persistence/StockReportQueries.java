package dev.pitlane.reporting.stock.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.reporting.stock.application.Granularity;
import dev.pitlane.reporting.stock.application.StockMovementReport;
import dev.pitlane.reporting.stock.application.StockMovementRow;
import dev.pitlane.reporting.stock.application.StockPositionRow;
import dev.pitlane.reporting.stock.application.StockValuation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Aggregates over read model "stock": the daily totals and the positions, never a ledger row. */
@Repository
public class StockReportQueries {

    private final JdbcClient jdbc;

    StockReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StockMovementReport movements(LocalDate from, LocalDate to, UUID itemId, UUID locationId,
                                         Granularity granularity, PageQuery page) {
        String period = switch (granularity) {
            case TOTAL -> "NULL::text";
            case DAY -> "to_char(day, 'YYYY-MM-DD')";
            case MONTH -> "to_char(day, 'YYYY-MM')";
        };
        String source = " FROM stock_movements_daily WHERE organization_id = :org AND day BETWEEN :from AND :to"
                + (itemId == null ? "" : " AND item_id = :item")
                + (locationId == null ? "" : " AND location_id = :location");
        String grouped = source + " GROUP BY 1, item_id, location_id";
        String sums = "sum(quantity_in) AS quantity_in, sum(quantity_out) AS quantity_out, sum(value_in) AS value_in, "
                + "sum(value_out) AS value_out, sum(movements) AS movements";
        var rows = jdbc.sql("SELECT " + period + " AS period, item_id, location_id, " + sums + grouped
                        + page.orderBy("1, 2, 3") + " LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("SELECT count(*) FROM (SELECT " + period + grouped + ") g");
        var totals = jdbc.sql("SELECT " + sums + source);
        for (var spec : List.of(rows, count, totals)) {
            spec.param("org", TenantContext.organizationId()).param("from", Date.valueOf(from))
                    .param("to", Date.valueOf(to));
            if (itemId != null) {
                spec.param("item", itemId);
            }
            if (locationId != null) {
                spec.param("location", locationId);
            }
        }
        List<StockMovementRow> items = rows.query((rs, i) -> new StockMovementRow(rs.getString("period"),
                rs.getObject("item_id", UUID.class), rs.getObject("location_id", UUID.class),
                rs.getBigDecimal("quantity_in"), rs.getBigDecimal("quantity_out"),
                rs.getBigDecimal("quantity_in").subtract(rs.getBigDecimal("quantity_out")),
                rs.getBigDecimal("value_in"), rs.getBigDecimal("value_out"), rs.getLong("movements"))).list();
        StockMovementReport.Totals sum = totals.query((rs, i) -> new StockMovementReport.Totals(
                zero(rs.getBigDecimal("quantity_in")), zero(rs.getBigDecimal("quantity_out")),
                zero(rs.getBigDecimal("value_in")), zero(rs.getBigDecimal("value_out")),
                rs.getLong("movements"))).single();
        return new StockMovementReport(from, to, granularity, sum, items,
                PageResponse.of(items, page, count.query(Long.class).single()).page());
    }

    public StockValuation valuation(UUID locationId) {
        var spec = jdbc.sql("""
                SELECT location_id, coalesce(sum(value), 0) AS value, count(*) AS positions,
                    count(*) FILTER (WHERE low) AS low_positions
                FROM stock_positions WHERE organization_id = :org"""
                + (locationId == null ? "" : " AND location_id = :location")
                + " GROUP BY location_id ORDER BY location_id").param("org", TenantContext.organizationId());
        if (locationId != null) {
            spec.param("location", locationId);
        }
        List<StockValuation.LocationValue> locations = spec.query((rs, i) -> new StockValuation.LocationValue(
                rs.getObject("location_id", UUID.class), rs.getBigDecimal("value"), rs.getLong("positions"),
                rs.getLong("low_positions"))).list();
        BigDecimal total = locations.stream().map(StockValuation.LocationValue::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new StockValuation(total, locations);
    }

    public PageResponse<StockPositionRow> positions(UUID itemId, UUID locationId, boolean lowOnly, PageQuery page) {
        String where = " WHERE organization_id = :org" + (itemId == null ? "" : " AND item_id = :item")
                + (locationId == null ? "" : " AND location_id = :location") + (lowOnly ? " AND low" : "");
        var rows = jdbc.sql("SELECT * FROM stock_positions" + where + page.orderBy("item_id, location_id")
                + " LIMIT :limit OFFSET :offset").param("limit", page.size()).param("offset", page.offset());
        var count = jdbc.sql("SELECT count(*) FROM stock_positions" + where);
        for (var spec : List.of(rows, count)) {
            spec.param("org", TenantContext.organizationId());
            if (itemId != null) {
                spec.param("item", itemId);
            }
            if (locationId != null) {
                spec.param("location", locationId);
            }
        }
        List<StockPositionRow> items = rows.query((rs, i) -> {
            Timestamp moved = rs.getTimestamp("last_moved_at");
            return new StockPositionRow(rs.getObject("item_id", UUID.class), rs.getObject("location_id", UUID.class),
                    rs.getBigDecimal("on_hand"), rs.getBigDecimal("reserved"),
                    rs.getBigDecimal("on_hand").subtract(rs.getBigDecimal("reserved")),
                    rs.getBigDecimal("in_transit"), rs.getBigDecimal("value"), rs.getBigDecimal("reorder_level"),
                    rs.getBoolean("low"), moved == null ? null : moved.toInstant());
        }).list();
        return PageResponse.of(items, page, count.query(Long.class).single());
    }

    public long movementsOn(LocalDate day, UUID locationId) {
        var spec = jdbc.sql("SELECT coalesce(sum(movements), 0) FROM stock_movements_daily "
                        + "WHERE organization_id = :org AND day = :day"
                        + (locationId == null ? "" : " AND location_id = :location"))
                .param("org", TenantContext.organizationId()).param("day", Date.valueOf(day));
        if (locationId != null) {
            spec.param("location", locationId);
        }
        return spec.query(Long.class).single();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
