package dev.pitlane.procurement.purchaseorder.messaging;

import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.procurement.purchaseorder.application.SupplierNotificationService;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Our own {@code PurchaseOrderOrdered} → notify the supplier. Going through the event rather than calling the
 * supplier in the ordering request keeps a slow supplier endpoint out of the user's request, and survives a
 * restart between the commit and the call.
 */
@Component
class PurchaseOrderOrderedHandler implements EventHandler<PurchaseOrderOrderedHandler.Ordered> {

    record Ordered(UUID purchaseOrderId) {
    }

    private final SupplierNotificationService notifications;

    PurchaseOrderOrderedHandler(SupplierNotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String eventType() {
        return PurchaseOrderEvents.ORDERED;
    }

    @Override
    public Class<Ordered> payloadType() {
        return Ordered.class;
    }

    @Override
    public void handle(Ordered event, EventMetadata metadata) {
        notifications.onOrdered(event.purchaseOrderId(), metadata.eventId());
    }
}
