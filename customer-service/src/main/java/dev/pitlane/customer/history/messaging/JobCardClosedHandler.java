package dev.pitlane.customer.history.messaging;

import dev.pitlane.customer.history.application.JobCardClosed;
import dev.pitlane.customer.history.application.ServiceHistoryService;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import org.springframework.stereotype.Component;

/** {@code JobCardClosed} from workshop-service: a visit in the vehicle's history, and its last service. */
@Component
class JobCardClosedHandler implements EventHandler<JobCardClosed> {

    private final ServiceHistoryService history;

    JobCardClosedHandler(ServiceHistoryService history) {
        this.history = history;
    }

    @Override
    public String eventType() {
        return "JobCardClosed";
    }

    @Override
    public Class<JobCardClosed> payloadType() {
        return JobCardClosed.class;
    }

    @Override
    public void handle(JobCardClosed payload, EventMetadata metadata) {
        if (payload.jobCardId() == null || payload.vehicleId() == null || payload.closedAt() == null) {
            throw new PoisonEventException("JobCardClosed " + metadata.eventId() + " lacks jobCardId, vehicleId or closedAt");
        }
        history.jobCardClosed(payload);
    }
}
