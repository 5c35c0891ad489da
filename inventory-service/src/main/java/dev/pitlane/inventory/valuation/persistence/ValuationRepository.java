package dev.pitlane.inventory.valuation.persistence;

import dev.pitlane.inventory.valuation.application.ItemValuation;
import dev.pitlane.inventory.valuation.application.Valuation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Repository
public class ValuationRepository {

    private final JdbcClient jdbc;

    public ValuationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sums the value deltas up to the day: the folded per-day totals (locations x days rows, whatever the ledger
     * size) and the few deltas not folded yet, in one snapshot.
     */
    public List<Valuation.LocationValue> byLocation(UUID org, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT l.id, l.code, l.name, coalesce(v.value, 0)
                        FROM locations l
                        LEFT JOIN (SELECT location_id, sum(value_delta) AS value FROM (
                                       SELECT location_id, value_delta FROM valuation_daily
                                       WHERE organization_id = :org AND day <= :asOf
                                       UNION ALL
                                       SELECT location_id, value_delta FROM totals_pending
                                       WHERE organization_id = :org AND day <= :asOf) d
                                   GROUP BY location_id) v
                               ON v.location_id = l.id
                        WHERE l.organization_id = :org ORDER BY l.code""")
                .param("org", org).param("asOf", Date.valueOf(asOf))
                .query((rs, i) -> new Valuation.LocationValue(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }

    public String method(UUID org) {
        return jdbc.sql("SELECT valuation_method FROM organization_settings WHERE organization_id = :org")
                .param("org", org).query(String.class).optional().orElse("MOVING_AVERAGE");
    }

    /**
     * A page of items (by SKU) with their quantity and value at {@code end}, each summed from that item's own
     * ledger rows through the (organization, item, location) index.
     */
    public List<ItemValuation> items(UUID org, Instant end, UUID locationId, int limit, long offset) {
        return jdbc.sql("""
                        SELECT i.id, i.sku, i.name, coalesce(s.qty, 0), coalesce(s.value, 0), coalesce(c.average_cost, 0)
                        FROM (SELECT id, sku, name FROM items WHERE organization_id = :org AND deleted_at IS NULL
                              ORDER BY sku, id LIMIT :limit OFFSET :offset) i
                        LEFT JOIN item_costs c ON c.organization_id = :org AND c.item_id = i.id
                        LEFT JOIN LATERAL (
                            SELECT sum(l.quantity + l.in_transit_delta) AS qty, sum(l.value_delta) AS value
                            FROM stock_ledger l
                            WHERE l.organization_id = :org AND l.item_id = i.id AND l.effective_at < :end
                              AND (CAST(:location AS uuid) IS NULL OR l.location_id = :location)) s ON true
                        ORDER BY i.sku, i.id""")
                .param("org", org).param("end", Timestamp.from(end)).param("location", locationId)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new ItemValuation(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)))
                .list();
    }

    public long activeItems(UUID org) {
        return jdbc.sql("SELECT count(*) FROM items WHERE organization_id = :org AND deleted_at IS NULL")
                .param("org", org).query(Long.class).single();
    }
}
