package dev.pitlane.inventory.partsflow.messaging;

import dev.pitlane.inventory.partsflow.application.PartsFlowService;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import org.springframework.stereotype.Component;

/** Releases a cancelled parts issue's reservation. */
@Component
class PartsIssueCancelledHandler implements EventHandler<ProcurementEvents.PartsIssueCancelled> {

    private final PartsFlowService flow;

    PartsIssueCancelledHandler(PartsFlowService flow) {
        this.flow = flow;
    }

    @Override
    public String eventType() {
        return "PartsIssueCancelled";
    }

    @Override
    public Class<ProcurementEvents.PartsIssueCancelled> payloadType() {
        return ProcurementEvents.PartsIssueCancelled.class;
    }

    @Override
    public void handle(ProcurementEvents.PartsIssueCancelled payload, EventMetadata metadata) {
        flow.cancelled(payload);
    }
}
