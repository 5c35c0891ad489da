package dev.pitlane.inventory.partsflow.messaging;

import dev.pitlane.inventory.partsflow.application.PartsFlowService;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import org.springframework.stereotype.Component;

/** Moves a dispatched shipment into transit, consuming the reservation. */
@Component
class PartsIssueDispatchedHandler implements EventHandler<ProcurementEvents.PartsIssueDispatched> {

    private final PartsFlowService flow;

    PartsIssueDispatchedHandler(PartsFlowService flow) {
        this.flow = flow;
    }

    @Override
    public String eventType() {
        return "PartsIssueDispatched";
    }

    @Override
    public Class<ProcurementEvents.PartsIssueDispatched> payloadType() {
        return ProcurementEvents.PartsIssueDispatched.class;
    }

    @Override
    public void handle(ProcurementEvents.PartsIssueDispatched payload, EventMetadata metadata) {
        flow.dispatched(payload);
    }
}
