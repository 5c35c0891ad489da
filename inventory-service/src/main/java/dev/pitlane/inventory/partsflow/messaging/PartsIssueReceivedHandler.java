package dev.pitlane.inventory.partsflow.messaging;

import dev.pitlane.inventory.partsflow.application.PartsFlowService;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import org.springframework.stereotype.Component;

/** Puts a received shipment on the destination's shelf. */
@Component
class PartsIssueReceivedHandler implements EventHandler<ProcurementEvents.PartsIssueReceived> {

    private final PartsFlowService flow;

    PartsIssueReceivedHandler(PartsFlowService flow) {
        this.flow = flow;
    }

    @Override
    public String eventType() {
        return "PartsIssueReceived";
    }

    @Override
    public Class<ProcurementEvents.PartsIssueReceived> payloadType() {
        return ProcurementEvents.PartsIssueReceived.class;
    }

    @Override
    public void handle(ProcurementEvents.PartsIssueReceived payload, EventMetadata metadata) {
        flow.received(payload);
    }
}
