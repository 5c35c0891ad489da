package dev.pitlane.inventory.partsflow.messaging;

import dev.pitlane.inventory.partsflow.application.PartsFlowService;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import org.springframework.stereotype.Component;

/** Posts an IN per line of a purchase-order receipt. */
@Component
class PurchaseOrderReceivedHandler implements EventHandler<ProcurementEvents.PurchaseOrderReceived> {

    private final PartsFlowService flow;

    PurchaseOrderReceivedHandler(PartsFlowService flow) {
        this.flow = flow;
    }

    @Override
    public String eventType() {
        return "PurchaseOrderReceived";
    }

    @Override
    public Class<ProcurementEvents.PurchaseOrderReceived> payloadType() {
        return ProcurementEvents.PurchaseOrderReceived.class;
    }

    @Override
    public void handle(ProcurementEvents.PurchaseOrderReceived payload, EventMetadata metadata) {
        flow.purchaseOrderReceived(payload);
    }
}
