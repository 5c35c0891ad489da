package dev.pitlane.inventory.stock.persistence;

import dev.pitlane.inventory.stock.domain.CostLayer;
import dev.pitlane.inventory.stock.domain.ItemCost;
import dev.pitlane.inventory.stock.domain.ValuationMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.UUID;

@Repository
public class CostRepository {

    private final JdbcClient jdbc;

    public CostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the cost rows of {@code items} in id order, FIFO layers included. A missing row is created first; with
     * several items the locks already taken are given back (savepoint) so that everything is locked in order.
     */
    public Map<UUID, ItemCost> lock(UUID org, SortedSet<UUID> items) {
        boolean several = items.size() > 1;
        if (several) {
            jdbc.sql("SAVEPOINT cost_lock").update();
        }
        Map<UUID, ItemCost> costs = lockExisting(org, items);
        if (costs.size() < items.size()) {
            if (several) {
                jdbc.sql("ROLLBACK TO SAVEPOINT cost_lock").update();
            }
            for (UUID item : items) {
                jdbc.sql("""
                                INSERT INTO item_costs (organization_id, item_id, valuation_method)
                                VALUES (:org, :item, coalesce((SELECT valuation_method FROM organization_settings
                                    WHERE organization_id = :org), 'MOVING_AVERAGE'))
                                ON CONFLICT DO NOTHING""")
                        .param("org", org).param("item", item).update();
            }
            costs = lockExisting(org, items);
        }
        return costs;
    }

    private Map<UUID, ItemCost> lockExisting(UUID org, SortedSet<UUID> items) {
        record Row(UUID item, ValuationMethod method, BigDecimal quantity, BigDecimal value, BigDecimal average) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT item_id, valuation_method, quantity, value, average_cost FROM item_costs
                        WHERE organization_id = :org AND item_id IN (:items) ORDER BY item_id FOR UPDATE""")
                .param("org", org).param("items", items)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), ValuationMethod.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list();
        Map<UUID, ItemCost> costs = new LinkedHashMap<>();
        for (Row row : rows) {
            List<CostLayer> layers = row.method() == ValuationMethod.FIFO ? openLayers(org, row.item()) : List.of();
            costs.put(row.item(), new ItemCost(row.method(), row.quantity(), row.value(), row.average(), layers));
        }
        return costs;
    }

    private List<CostLayer> openLayers(UUID org, UUID item) {
        return jdbc.sql("""
                        SELECT id, unit_cost, quantity_remaining FROM cost_layers
                        WHERE organization_id = :org AND item_id = :item AND quantity_remaining > 0 ORDER BY id""")
                .param("org", org).param("item", item)
                .query((rs, i) -> new CostLayer(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).list();
    }

    /** Writes the FIFO layers a posting opened or consumed (the cost rows themselves go with the posting). */
    public void saveLayers(UUID org, Map<UUID, ItemCost> costs, UUID movementId, Instant at) {
        costs.forEach((item, cost) -> {
            for (CostLayer layer : cost.layers()) {
                if (!layer.changed()) {
                    continue;
                }
                if (layer.id() == null) {
                    jdbc.sql("""
                                    INSERT INTO cost_layers (organization_id, item_id, movement_id, received_at, unit_cost,
                                        quantity_remaining) VALUES (:org, :item, :m, :at, :cost, :q)""")
                            .param("org", org).param("item", item).param("m", movementId)
                            .param("at", Timestamp.from(at)).param("cost", layer.unitCost())
                            .param("q", layer.remaining()).update();
                } else {
                    jdbc.sql("UPDATE cost_layers SET quantity_remaining = :q WHERE organization_id = :org AND id = :id")
                            .param("q", layer.remaining()).param("org", org).param("id", layer.id()).update();
                }
            }
        });
    }

    /** Switching to FIFO opens one layer per item holding stock, at its average cost. */
    public void switchMethod(UUID org, ValuationMethod method, Instant at) {
        jdbc.sql("UPDATE item_costs SET valuation_method = :m WHERE organization_id = :org")
                .param("m", method.name()).param("org", org).update();
        if (method == ValuationMethod.FIFO) {
            jdbc.sql("UPDATE cost_layers SET quantity_remaining = 0 WHERE organization_id = :org "
                    + "AND quantity_remaining > 0").param("org", org).update();
            jdbc.sql("""
                            INSERT INTO cost_layers (organization_id, item_id, received_at, unit_cost, quantity_remaining)
                            SELECT organization_id, item_id, :at, average_cost, quantity FROM item_costs
                            WHERE organization_id = :org AND quantity > 0""")
                    .param("org", org).param("at", Timestamp.from(at)).update();
        }
    }
}
