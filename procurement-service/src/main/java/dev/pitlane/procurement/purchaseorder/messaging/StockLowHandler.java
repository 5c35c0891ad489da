package dev.pitlane.procurement.purchaseorder.messaging;

import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import dev.pitlane.procurement.purchaseorder.application.ReorderService;
import dev.pitlane.procurement.purchaseorder.application.StockLowSignal;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.UUID;

/** {@code StockLow} on {@code inventory.stock.v1} → a reorder suggestion. */
@Component
class StockLowHandler implements EventHandler<StockLowHandler.StockLow> {

    /** Our reading of inventory's event: only the fields we use. */
    record StockLow(UUID itemId, UUID locationId, BigDecimal available, BigDecimal reorderLevel,
                    BigDecimal reorderQuantity) {
    }

    private final ReorderService reorders;

    StockLowHandler(ReorderService reorders) {
        this.reorders = reorders;
    }

    @Override
    public String eventType() {
        return "StockLow";
    }

    @Override
    public Class<StockLow> payloadType() {
        return StockLow.class;
    }

    @Override
    public void handle(StockLow event, EventMetadata metadata) {
        if (event.itemId() == null || event.locationId() == null || event.reorderQuantity() == null
                || event.reorderQuantity().signum() <= 0 || event.reorderQuantity().scale() > 3) {
            throw new PoisonEventException("StockLow " + metadata.eventId()
                    + " needs an item, a location and a positive reorder quantity with at most 3 decimals");
        }
        reorders.onStockLow(new StockLowSignal(metadata.eventId(), event.itemId(), event.locationId(),
                event.available(), event.reorderLevel(), event.reorderQuantity()));
    }
}
