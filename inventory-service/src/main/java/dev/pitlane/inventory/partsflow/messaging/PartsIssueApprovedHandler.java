package dev.pitlane.inventory.partsflow.messaging;

import dev.pitlane.inventory.partsflow.application.PartsFlowService;
import dev.pitlane.inventory.partsflow.application.ProcurementEvents;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import org.springframework.stereotype.Component;

/** Reserves a parts issue's lines at its source location. */
@Component
class PartsIssueApprovedHandler implements EventHandler<ProcurementEvents.PartsIssueApproved> {

    private final PartsFlowService flow;

    PartsIssueApprovedHandler(PartsFlowService flow) {
        this.flow = flow;
    }

    @Override
    public String eventType() {
        return "PartsIssueApproved";
    }

    @Override
    public Class<ProcurementEvents.PartsIssueApproved> payloadType() {
        return ProcurementEvents.PartsIssueApproved.class;
    }

    @Override
    public void handle(ProcurementEvents.PartsIssueApproved payload, EventMetadata metadata) {
        flow.approved(payload);
    }
}
