package dev.pitlane.inventory.stock.persistence;

import dev.pitlane.inventory.stock.domain.CostLayer;
import dev.pitlane.inventory.stock.domain.ItemCost;
import dev.pitlane.inventory.stock.domain.ValuationMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Repository
public class CostRepository {

    private final JdbcClient jdbc;

    public CostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String READ = """
            SELECT item_id, valuation_method, quantity, value, average_cost FROM item_costs
            WHERE organization_id = ? AND item_id IN (%s) ORDER BY item_id""";

    /** An item's cost row as locked, before its FIFO layers are read. */
    record CostRow(UUID item, ValuationMethod method, BigDecimal quantity, BigDecimal value, BigDecimal average) {
    }

    /** The statement that locks the cost rows of {@code count} items in id order; parameters: org, the items. */
    static String lockSql(int count) {
        return readSql(count) + " FOR UPDATE";
    }

    /** The same rows as {@link #lockSql}, read as committed without a lock. */
    static String readSql(int count) {
        return READ.formatted(String.join(", ", Collections.nCopies(count, "?")));
    }

    static CostRow costRow(ResultSet rs) throws SQLException {
        return new CostRow(rs.getObject(1, UUID.class), ValuationMethod.valueOf(rs.getString(2)), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5));
    }

    /**
     * The rows as costs. Only a locked row can be changed, so only locked FIFO rows come with their open layers, all
     * read in one query; a row read without a lock is only valued at its average.
     */
    Map<UUID, ItemCost> costs(UUID org, List<CostRow> locked, List<CostRow> readOnly) {
        List<UUID> fifo = locked.stream().filter(r -> r.method() == ValuationMethod.FIFO).map(CostRow::item).toList();
        Map<UUID, List<CostLayer>> layers = fifo.isEmpty() ? Map.of() : openLayers(org, fifo);
        Map<UUID, ItemCost> costs = new LinkedHashMap<>();
        for (CostRow row : locked) {
            costs.put(row.item(), new ItemCost(row.method(), row.quantity(), row.value(), row.average(),
                    layers.getOrDefault(row.item(), List.of())));
        }
        for (CostRow row : readOnly) {
            costs.put(row.item(), new ItemCost(row.method(), row.quantity(), row.value(), row.average(), List.of()));
        }
        return costs;
    }

    private Map<UUID, List<CostLayer>> openLayers(UUID org, List<UUID> items) {
        Map<UUID, List<CostLayer>> layers = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT item_id, id, unit_cost, quantity_remaining FROM cost_layers
                        WHERE organization_id = :org AND item_id IN (:items) AND quantity_remaining > 0
                        ORDER BY item_id, id""")
                .param("org", org).param("items", items)
                .query(rs -> {
                    layers.computeIfAbsent(rs.getObject(1, UUID.class), i -> new ArrayList<>())
                            .add(new CostLayer(rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                });
        return layers;
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
