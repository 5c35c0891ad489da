package dev.pitlane.procurement.purchaseorder.messaging;

import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import dev.pitlane.procurement.purchaseorder.application.ReorderService;
import dev.pitlane.procurement.purchaseorder.application.StockLowSignal;
import dev.pitlane.procurement.purchaseorder.application.SupplierNotificationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.util.UUID;

/** Inventory's {@code StockLow} becomes a reorder suggestion; our own {@code PurchaseOrderOrdered} notifies the supplier. */
@Configuration(proxyBeanMethods = false)
class PurchaseOrderEventHandlers {

    /** Our reading of inventory's event: only the fields we use. */
    record StockLow(UUID itemId, UUID locationId, BigDecimal available, BigDecimal reorderLevel,
                    BigDecimal reorderQuantity) {
    }

    record Ordered(UUID purchaseOrderId) {
    }

    private final ReorderService reorders;
    private final SupplierNotificationService notifications;

    PurchaseOrderEventHandlers(ReorderService reorders, SupplierNotificationService notifications) {
        this.reorders = reorders;
        this.notifications = notifications;
    }

    @Bean
    EventHandlers purchaseOrderHandlers() {
        return EventHandlers.forTopic("inventory.stock.v1")
                .on("StockLow", StockLow.class, this::stockLow)
                .forTopic(PurchaseOrderEvents.TOPIC)
                .on(PurchaseOrderEvents.ORDERED, Ordered.class, this::ordered)
                .build();
    }

    private void stockLow(StockLow event, EventMetadata metadata) {
        if (event.itemId() == null || event.locationId() == null || event.reorderQuantity() == null
                || event.reorderQuantity().signum() <= 0 || event.reorderQuantity().scale() > 3) {
            throw new PoisonEventException("StockLow " + metadata.eventId()
                    + " needs an item, a location and a positive reorder quantity with at most 3 decimals");
        }
        reorders.onStockLow(new StockLowSignal(metadata.eventId(), event.itemId(), event.locationId(),
                event.available(), event.reorderLevel(), event.reorderQuantity()));
    }

    /**
     * Going through the event rather than calling the supplier in the ordering request keeps a slow supplier
     * endpoint out of the user's request, and survives a restart between the commit and the call.
     */
    private void ordered(Ordered event, EventMetadata metadata) {
        notifications.onOrdered(event.purchaseOrderId(), metadata.eventId());
    }
}
