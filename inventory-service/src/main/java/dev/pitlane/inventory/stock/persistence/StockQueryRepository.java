package dev.pitlane.inventory.stock.persistence;

import dev.pitlane.inventory.stock.application.LocationSummary;
import dev.pitlane.inventory.stock.application.StockLevel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
public class StockQueryRepository {

    static final RowMapper<StockLevel> LEVEL = (rs, i) -> {
        BigDecimal onHand = rs.getBigDecimal("on_hand");
        BigDecimal reserved = rs.getBigDecimal("reserved");
        Timestamp last = rs.getTimestamp("last_movement_at");
        return new StockLevel(rs.getObject("item_id", UUID.class), rs.getString("sku"), rs.getString("name"),
                rs.getObject("location_id", UUID.class), onHand, reserved, onHand.subtract(reserved),
                rs.getBigDecimal("in_transit"), rs.getBigDecimal("value"), rs.getBigDecimal("reorder_level"),
                rs.getBigDecimal("reorder_quantity"), rs.getBoolean("low_stock"),
                last == null ? null : last.toInstant());
    };

    private final JdbcClient jdbc;

    public StockQueryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Filter(UUID itemId, UUID locationId, boolean onlyInStock) {
    }

    public List<StockLevel> levels(UUID org, Filter f, String orderBy, int limit, long offset) {
        return jdbc.sql("""
                        SELECT b.*, i.sku, i.name FROM stock_balances b
                        JOIN items i ON i.organization_id = b.organization_id AND i.id = b.item_id"""
                        + where(f) + orderBy + " LIMIT :limit OFFSET :offset")
                .params(params(org, f)).param("limit", limit).param("offset", offset).query(LEVEL).list();
    }

    public long count(UUID org, Filter f) {
        return jdbc.sql("SELECT count(*) FROM stock_balances b" + where(f)).params(params(org, f))
                .query(Long.class).single();
    }

    private static String where(Filter f) {
        StringBuilder sql = new StringBuilder(" WHERE b.organization_id = :org");
        if (f.itemId() != null) {
            sql.append(" AND b.item_id = :item");
        }
        if (f.locationId() != null) {
            sql.append(" AND b.location_id = :location");
        }
        if (f.onlyInStock()) {
            sql.append(" AND (b.on_hand <> 0 OR b.in_transit <> 0 OR b.reserved <> 0)");
        }
        return sql.toString();
    }

    private static Map<String, Object> params(UUID org, Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        if (f.itemId() != null) {
            p.put("item", f.itemId());
        }
        if (f.locationId() != null) {
            p.put("location", f.locationId());
        }
        return p;
    }

    /**
     * Reads the location totals (kept beside the balances, see V2) and the deltas not folded into them yet, in one
     * snapshot: a few rows per location, however many balances there are.
     */
    public List<LocationSummary> summary(UUID org, UUID locationId) {
        return jdbc.sql("""
                        SELECT l.id, l.code, l.name,
                               coalesce(t.items_in_stock, 0) + coalesce(p.in_stock, 0),
                               coalesce(t.items_reserved, 0) + coalesce(p.reserved, 0),
                               coalesce(t.items_in_transit, 0) + coalesce(p.in_transit, 0),
                               coalesce(t.items_low, 0) + coalesce(p.low, 0),
                               coalesce(t.items_negative, 0) + coalesce(p.negative, 0),
                               coalesce(v.value, 0) + coalesce(p.value, 0)
                        FROM locations l
                        LEFT JOIN location_totals t ON t.organization_id = l.organization_id AND t.location_id = l.id
                        LEFT JOIN (SELECT location_id, sum(value_delta) AS value FROM valuation_daily
                                   WHERE organization_id = :org GROUP BY location_id) v ON v.location_id = l.id
                        LEFT JOIN (SELECT location_id, sum(in_stock_delta) AS in_stock, sum(reserved_delta) AS reserved,
                                          sum(in_transit_delta) AS in_transit, sum(low_delta) AS low,
                                          sum(negative_delta) AS negative, sum(value_delta) AS value
                                   FROM totals_pending WHERE organization_id = :org GROUP BY location_id) p
                               ON p.location_id = l.id
                        WHERE l.organization_id = :org AND (CAST(:location AS uuid) IS NULL OR l.id = :location)
                        ORDER BY l.code""")
                .param("org", org).param("location", locationId)
                .query((rs, i) -> new LocationSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getBigDecimal(9)))
                .list();
    }
}
