package dev.pitlane.inventory.stock.messaging;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Stock events on {@code inventory.stock.v1}, keyed by item so each item's changes stay in order. */
@Component
public class StockEventPublisher {

    public static final String TOPIC = "inventory.stock.v1";

    /** {@code valueDelta} and {@code value} are the stock value at the location (what valuation reports sum). */
    public record StockChanged(UUID itemId, UUID locationId, UUID movementId, String movementType,
                               BigDecimal quantityDelta, BigDecimal onHand, BigDecimal reserved, BigDecimal available,
                               BigDecimal inTransit, String sourceDocumentType, String sourceDocumentId,
                               BigDecimal valueDelta, BigDecimal value, Instant effectiveAt) {
    }

    public record StockLow(UUID itemId, UUID locationId, BigDecimal available, BigDecimal reorderLevel,
                           BigDecimal reorderQuantity) {
    }

    private final Outbox outbox;

    public StockEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void stockChanged(StockChanged event) {
        outbox.append(OutgoingEvent.v1(TOPIC, "Stock", event.itemId(), "StockChanged", event));
    }

    public void stockLow(StockLow event) {
        outbox.append(OutgoingEvent.v1(TOPIC, "Stock", event.itemId(), "StockLow", event));
    }
}
