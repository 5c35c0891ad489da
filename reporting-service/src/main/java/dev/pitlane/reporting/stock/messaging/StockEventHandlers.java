package dev.pitlane.reporting.stock.messaging;

import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.reporting.stock.persistence.StockModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * inventory's stock events feeding read model "stock": StockChanged gives the position it leaves and what moved on
 * its day; StockLow marks the position low until a StockChanged shows it back at its reorder level. Both are
 * idempotent and never let an older event overwrite a newer one, as a rebuild replays them beside the live consumer.
 */
@Configuration(proxyBeanMethods = false)
class StockEventHandlers {

    /** What the reports read of inventory's StockChanged (value fields absent in events before they were added). */
    record StockChanged(UUID itemId, UUID locationId, String movementType, BigDecimal quantityDelta,
                        BigDecimal onHand, BigDecimal reserved, BigDecimal inTransit, BigDecimal valueDelta,
                        BigDecimal value, Instant effectiveAt) {
    }

    record StockLow(UUID itemId, UUID locationId, BigDecimal available, BigDecimal reorderLevel) {
    }

    private final StockModel model;

    StockEventHandlers(StockModel model) {
        this.model = model;
    }

    @Bean
    EventHandlers stockEvents() {
        return EventHandlers.forTopic("inventory.stock.v1")
                .on("StockChanged", StockChanged.class, this::onStockChanged)
                .on("StockLow", StockLow.class, this::onStockLow)
                .build();
    }

    private void onStockChanged(StockChanged e, EventMetadata metadata) {
        Instant at = e.effectiveAt() == null ? metadata.occurredAt() : e.effectiveAt();
        model.changed(metadata.eventId(), metadata.offset(), new StockModel.Change(e.itemId(), e.locationId(),
                e.quantityDelta(), e.onHand(), e.reserved(), e.inTransit(), e.valueDelta(), e.value(), at));
    }

    private void onStockLow(StockLow e, EventMetadata metadata) {
        model.low(metadata.offset(), e.itemId(), e.locationId(), e.reorderLevel());
    }
}
