package dev.pitlane.inventory.alert.persistence;

import dev.pitlane.inventory.alert.application.ExpiringBatch;
import dev.pitlane.inventory.alert.application.StockAlert;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Repository
public class StockAlertRepository {

    private static final RowMapper<StockAlert> ALERT = (rs, i) -> {
        BigDecimal onHand = rs.getBigDecimal("on_hand");
        Timestamp last = rs.getTimestamp("last_movement_at");
        return new StockAlert(rs.getObject("item_id", UUID.class), rs.getString("sku"), rs.getString("name"),
                rs.getObject("location_id", UUID.class), onHand, onHand.subtract(rs.getBigDecimal("reserved")),
                rs.getBigDecimal("reorder_level"), rs.getBigDecimal("reorder_quantity"), rs.getBigDecimal("value"),
                last == null ? null : last.toInstant());
    };

    private static final String FROM = """
             FROM stock_balances b JOIN items i ON i.organization_id = b.organization_id AND i.id = b.item_id
             WHERE b.organization_id = :org AND (CAST(:location AS uuid) IS NULL OR b.location_id = :location)""";

    private final JdbcClient jdbc;

    public StockAlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String LOW = " AND b.reorder_level IS NOT NULL AND b.on_hand - b.reserved < b.reorder_level";

    public List<StockAlert> low(UUID org, UUID location, int limit, long offset) {
        return jdbc.sql("SELECT b.*, i.sku, i.name " + FROM + LOW
                        + " ORDER BY (b.on_hand - b.reserved) - b.reorder_level, i.sku LIMIT :limit OFFSET :offset")
                .param("org", org).param("location", location).param("limit", limit).param("offset", offset)
                .query(ALERT).list();
    }

    public long countLow(UUID org, UUID location) {
        return jdbc.sql("SELECT count(*) " + FROM + LOW).param("org", org).param("location", location)
                .query(Long.class).single();
    }

    private static final String DEAD = " AND b.on_hand > 0 AND (b.last_movement_at IS NULL OR b.last_movement_at < :since)";

    public List<StockAlert> dead(UUID org, UUID location, Instant since, int limit, long offset) {
        return jdbc.sql("SELECT b.*, i.sku, i.name " + FROM + DEAD
                        + " ORDER BY b.last_movement_at NULLS FIRST, i.sku LIMIT :limit OFFSET :offset")
                .param("org", org).param("location", location).param("since", Timestamp.from(since))
                .param("limit", limit).param("offset", offset).query(ALERT).list();
    }

    public long countDead(UUID org, UUID location, Instant since) {
        return jdbc.sql("SELECT count(*) " + FROM + DEAD).param("org", org).param("location", location)
                .param("since", Timestamp.from(since)).query(Long.class).single();
    }

    private static final String EXPIRING = """
             FROM batch_balances bb
             JOIN batches bt ON bt.organization_id = bb.organization_id AND bt.id = bb.batch_id
             JOIN items i ON i.organization_id = bb.organization_id AND i.id = bb.item_id
             WHERE bb.organization_id = :org AND bb.on_hand > 0 AND bt.expires_on <= :until
               AND (CAST(:location AS uuid) IS NULL OR bb.location_id = :location)""";

    public List<ExpiringBatch> expiring(UUID org, UUID location, LocalDate until, int limit, long offset) {
        return jdbc.sql("SELECT bb.item_id, i.sku, i.name, bb.location_id, bt.id, bt.batch_number, bt.expires_on, "
                        + "bb.on_hand " + EXPIRING + " ORDER BY bt.expires_on, i.sku LIMIT :limit OFFSET :offset")
                .param("org", org).param("location", location).param("until", Date.valueOf(until))
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new ExpiringBatch(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getString(6),
                        rs.getDate(7).toLocalDate(), rs.getBigDecimal(8)))
                .list();
    }

    public long countExpiring(UUID org, UUID location, LocalDate until) {
        return jdbc.sql("SELECT count(*) " + EXPIRING).param("org", org).param("location", location)
                .param("until", Date.valueOf(until)).query(Long.class).single();
    }
}
