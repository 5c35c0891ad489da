package dev.pitlane.reporting.stock.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.reporting.config.ReportingProperties;
import dev.pitlane.reporting.readmodel.application.ReadModelStore;
import dev.pitlane.reporting.readmodel.domain.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The writes of read model "stock": positions (newest event wins, by Kafka offset) and daily movement totals (each
 * event added once, recorded in {@code applied_events}). Every write first takes the model's lock for the
 * organization, shared (see {@link #reset()}). Plain SQL: these are upserts on the ingest hot path.
 */
@Repository
public class StockModel implements ReadModelStore {

    /** One StockChanged, as the model reads it; the value fields are null in events from before they existed. */
    public record Change(UUID itemId, UUID locationId, BigDecimal quantityDelta, BigDecimal onHand,
                         BigDecimal reserved, BigDecimal inTransit, BigDecimal valueDelta, BigDecimal value,
                         Instant effectiveAt) {
    }

    private final JdbcClient jdbc;
    private final ReportingProperties properties;

    StockModel(JdbcClient jdbc, ReportingProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public ReadModel readModel() {
        return ReadModel.STOCK;
    }

    public void changed(UUID eventId, long offset, Change c) {
        UUID org = TenantContext.organizationId();
        boolean first = firstTime(org, eventId);
        // low stays low until available is back at the reorder level (inventory's own rule); StockLow sets it
        jdbc.sql("""
                        INSERT INTO stock_positions AS p (organization_id, item_id, location_id, on_hand, reserved,
                            in_transit, value, low, last_moved_at, source_offset)
                        VALUES (:org, :item, :location, :onHand, :reserved, :inTransit, :value, false, :at, :offset)
                        ON CONFLICT (organization_id, item_id, location_id) DO UPDATE SET
                            on_hand = excluded.on_hand, reserved = excluded.reserved,
                            in_transit = excluded.in_transit, value = excluded.value,
                            low = p.low AND p.reorder_level IS NOT NULL
                                AND excluded.on_hand - excluded.reserved < p.reorder_level,
                            last_moved_at = CASE WHEN :moved THEN excluded.last_moved_at ELSE p.last_moved_at END,
                            source_offset = excluded.source_offset
                        WHERE p.source_offset < excluded.source_offset""")
                .param("org", org).param("item", c.itemId()).param("location", c.locationId())
                .param("onHand", c.onHand()).param("reserved", c.reserved()).param("inTransit", c.inTransit())
                .param("value", c.value()).param("at", Timestamp.from(c.effectiveAt()))
                .param("moved", c.quantityDelta().signum() != 0).param("offset", offset).update();
        if (!first) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(c.effectiveAt(), properties.businessZone());
        BigDecimal valueDelta = c.valueDelta() == null ? BigDecimal.ZERO : c.valueDelta();
        jdbc.sql("""
                        INSERT INTO stock_movements_daily AS d (organization_id, day, item_id, location_id,
                            quantity_in, quantity_out, value_in, value_out, movements)
                        VALUES (:org, :day, :item, :location, :qIn, :qOut, :vIn, :vOut, 1)
                        ON CONFLICT (organization_id, day, item_id, location_id) DO UPDATE SET
                            quantity_in = d.quantity_in + excluded.quantity_in,
                            quantity_out = d.quantity_out + excluded.quantity_out,
                            value_in = d.value_in + excluded.value_in,
                            value_out = d.value_out + excluded.value_out,
                            movements = d.movements + 1""")
                .param("org", org).param("day", Date.valueOf(day)).param("item", c.itemId())
                .param("location", c.locationId())
                .param("qIn", c.quantityDelta().max(BigDecimal.ZERO))
                .param("qOut", c.quantityDelta().negate().max(BigDecimal.ZERO))
                .param("vIn", valueDelta.max(BigDecimal.ZERO))
                .param("vOut", valueDelta.negate().max(BigDecimal.ZERO)).update();
    }

    public void low(long offset, UUID itemId, UUID locationId, BigDecimal reorderLevel) {
        UUID org = TenantContext.organizationId();
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock_shared(hashtextextended(:key, 0))").param("key", lockKey(org))
                .query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO stock_positions AS p (organization_id, item_id, location_id, on_hand, reserved,
                            in_transit, reorder_level, low, source_offset)
                        VALUES (:org, :item, :location, 0, 0, 0, :level, true, :offset)
                        ON CONFLICT (organization_id, item_id, location_id) DO UPDATE SET
                            reorder_level = excluded.reorder_level, low = true,
                            source_offset = excluded.source_offset
                        WHERE p.source_offset < excluded.source_offset""")
                .param("org", org).param("item", itemId).param("location", locationId)
                .param("level", reorderLevel).param("offset", offset).update();
    }

    /**
     * Deletes the organization's rows once every feed adding to them has committed: feeds hold the model's lock
     * shared, this exclusively, so no total it deletes is still being added to by an event it does not delete.
     */
    @Override
    public void reset() {
        UUID org = TenantContext.organizationId();
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", lockKey(org))
                .query(Integer.class).single();
        for (String table : new String[]{"stock_positions", "stock_movements_daily"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE organization_id = :org").param("org", org).update();
        }
        jdbc.sql("DELETE FROM applied_events WHERE organization_id = :org AND model = :model")
                .param("org", org).param("model", ReadModel.STOCK.id()).update();
    }

    private boolean firstTime(UUID org, UUID eventId) {
        return jdbc.sql("""
                        WITH model_lock AS (SELECT pg_advisory_xact_lock_shared(hashtextextended(:key, 0)))
                        INSERT INTO applied_events (organization_id, model, event_id)
                        SELECT :org, :model, :event FROM model_lock
                        ON CONFLICT DO NOTHING""")
                .param("key", lockKey(org)).param("org", org).param("model", ReadModel.STOCK.id())
                .param("event", eventId).update() == 1;
    }

    private static String lockKey(UUID org) {
        return "reporting:" + ReadModel.STOCK.id() + ":" + org;
    }
}
