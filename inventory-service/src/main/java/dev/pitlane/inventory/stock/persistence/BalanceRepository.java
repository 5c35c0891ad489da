package dev.pitlane.inventory.stock.persistence;

import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.location.application.LocationFacts;
import dev.pitlane.inventory.stock.application.BalanceView;
import dev.pitlane.inventory.stock.application.LockedBalance;
import dev.pitlane.inventory.stock.domain.Balance;
import dev.pitlane.inventory.stock.domain.StockKey;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;

@Repository
public class BalanceRepository {

    static final RowMapper<BalanceView> VIEW = (rs, i) -> {
        BigDecimal onHand = rs.getBigDecimal("on_hand");
        BigDecimal reserved = rs.getBigDecimal("reserved");
        Timestamp last = rs.getTimestamp("last_movement_at");
        return new BalanceView(rs.getObject("item_id", UUID.class), rs.getObject("location_id", UUID.class), onHand,
                reserved, onHand.subtract(reserved), rs.getBigDecimal("in_transit"), rs.getBigDecimal("value"),
                rs.getBigDecimal("reorder_level"), rs.getBigDecimal("reorder_quantity"), rs.getBoolean("low_stock"),
                last == null ? null : last.toInstant());
    };

    private final JdbcClient jdbc;

    public BalanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SAVEPOINT_NAME = "stock_lock";
    static final String SAVEPOINT = "SAVEPOINT " + SAVEPOINT_NAME;

    private static final String LOCK = """
            SELECT b.item_id, b.location_id, b.on_hand, b.reserved, b.in_transit, b.value, b.negative_allowed,
                   b.reorder_level, b.reorder_quantity, b.low_stock,
                   i.unit_id, u.fractional, i.tracking_mode, i.shelf_life_days, i.standard_cost,
                   i.deleted_at IS NOT NULL AS deleted, l.code, l.active, l.service_center_id
            FROM stock_balances b
            JOIN items i ON i.organization_id = b.organization_id AND i.id = b.item_id
            JOIN units u ON u.organization_id = i.organization_id AND u.id = i.unit_id
            JOIN locations l ON l.organization_id = b.organization_id AND l.id = b.location_id
            WHERE b.organization_id = ? AND (b.item_id, b.location_id) IN (%s)
            ORDER BY b.item_id, b.location_id FOR UPDATE OF b""";

    /**
     * Locks the existing balance rows of {@code keys}, in key order, with the facts of their items and locations
     * (one round trip for the common case where every row exists).
     */
    public Map<StockKey, LockedBalance> lockExisting(UUID org, Collection<StockKey> keys) {
        Map<StockKey, LockedBalance> locked = new LinkedHashMap<>();
        jdbc.sql(lockSql(keys.size())).params(lockParams(org, keys))
                .query((rs, i) -> lockedBalance(rs))
                .list().forEach(b -> locked.put(b.key(), b));
        return locked;
    }

    /** The statement that locks {@code count} balance rows; its parameters are {@link #lockParams}. */
    static String lockSql(int count) {
        return LOCK.formatted(String.join(", ", Collections.nCopies(count, "(?, ?)")));
    }

    static List<Object> lockParams(UUID org, Collection<StockKey> keys) {
        List<Object> params = new ArrayList<>(1 + 2 * keys.size());
        params.add(org);
        keys.forEach(k -> {
            params.add(k.itemId());
            params.add(k.locationId());
        });
        return params;
    }

    static LockedBalance lockedBalance(ResultSet rs) throws SQLException {
        UUID item = rs.getObject(1, UUID.class);
        UUID location = rs.getObject(2, UUID.class);
        return new LockedBalance(new StockKey(item, location), new Balance(rs.getBigDecimal(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7)),
                rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBoolean(10),
                new ItemFacts(item, rs.getObject(11, UUID.class), rs.getBoolean(12),
                        TrackingMode.valueOf(rs.getString(13)), (Integer) rs.getObject(14), rs.getBigDecimal(15),
                        rs.getBoolean(16)),
                new LocationFacts(location, rs.getString(17), rs.getBoolean(18), rs.getObject(19, UUID.class)));
    }

    /** Creates missing rows in key order, with the organization's negative-stock rule. */
    public void createMissing(UUID org, SortedSet<StockKey> keys) {
        for (StockKey key : keys) {
            jdbc.sql("""
                            INSERT INTO stock_balances (organization_id, item_id, location_id, negative_allowed)
                            VALUES (:org, :item, :location, coalesce((SELECT allow_negative_stock
                                FROM organization_settings WHERE organization_id = :org), false))
                            ON CONFLICT DO NOTHING""")
                    .param("org", org).param("item", key.itemId()).param("location", key.locationId()).update();
        }
    }

    /**
     * Row locks taken after the savepoint ({@link #SAVEPOINT}, set by {@link PostingLockQuery}) are released when it
     * is rolled back: a posting that finds balance rows missing gives back the balance locks it took, creates the
     * rows, and locks them all again in key order.
     */
    public void rollbackToSavepoint() {
        jdbc.sql("ROLLBACK TO SAVEPOINT " + SAVEPOINT_NAME).update();
    }

    public Optional<BalanceView> find(UUID org, StockKey key) {
        return jdbc.sql("SELECT * FROM stock_balances WHERE organization_id = :org AND item_id = :item "
                        + "AND location_id = :location")
                .param("org", org).param("item", key.itemId()).param("location", key.locationId())
                .query(VIEW).optional();
    }

    public List<BalanceView> findAll(UUID org, Collection<StockKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM stock_balances WHERE organization_id = :org AND (item_id, location_id) "
                        + "IN (:keys) ORDER BY item_id, location_id")
                .param("org", org).param("keys", tuples(keys)).query(VIEW).list();
    }

    public void setReorderLevel(UUID org, StockKey key, BigDecimal level, BigDecimal quantity, boolean low) {
        jdbc.sql("""
                        UPDATE stock_balances SET reorder_level = :level, reorder_quantity = :qty, low_stock = :low,
                            updated_at = now()
                        WHERE organization_id = :org AND item_id = :item AND location_id = :location""")
                .param("org", org).param("item", key.itemId()).param("location", key.locationId())
                .param("level", level).param("qty", quantity).param("low", low).update();
    }

    /** Applies the organization's negative-stock rule to all its rows; fails on a CHECK if stock is negative. */
    public void setNegativeAllowed(UUID org, boolean allowed) {
        jdbc.sql("""
                        UPDATE stock_balances b SET negative_allowed = :allowed
                        FROM (SELECT item_id, location_id FROM stock_balances WHERE organization_id = :org
                              ORDER BY item_id, location_id FOR UPDATE) k
                        WHERE b.organization_id = :org AND b.item_id = k.item_id AND b.location_id = k.location_id""")
                .param("org", org).param("allowed", allowed).update();
    }

    static List<Object[]> tuples(Collection<StockKey> keys) {
        List<Object[]> tuples = new ArrayList<>(keys.size());
        keys.forEach(k -> tuples.add(new Object[]{k.itemId(), k.locationId()}));
        return tuples;
    }
}
