package dev.pitlane.workshop.jobcard.application;

import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.workshop.jobcard.domain.JobCardStatus;
import dev.pitlane.workshop.jobcard.domain.LineKind;
import dev.pitlane.workshop.jobcard.domain.LineStatus;
import dev.pitlane.workshop.jobcard.persistence.JobCard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** workshop.job-card.v1, in the transaction of the change (contracts/events/workshop-service). */
class JobCardEvents {

    static final String TOPIC = "workshop.job-card.v1";

    record Opened(UUID jobCardId, String number, UUID serviceCenterId, UUID appointmentId, UUID customerId,
                  UUID vehicleId, Integer odometer, Instant openedAt) {
    }

    record StatusChanged(UUID jobCardId, String number, UUID serviceCenterId, UUID customerId, UUID vehicleId,
                         JobCardStatus from, JobCardStatus to, Instant changedAt) {
    }

    /** The contract customer-service already reads, with what billing will need added beside it. */
    record Closed(UUID jobCardId, String number, UUID vehicleId, UUID customerId, UUID serviceCenterId,
                  Instant closedAt, Integer odometer, String summary, List<Line> lines) {
    }

    record Line(UUID lineId, String description, LineKind kind, BigDecimal quantity, String taxCode,
                UUID cannedJobId, UUID itemId, BigDecimal unitPrice, UUID technicianId) {
    }

    private final Outbox outbox;

    JobCardEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void opened(JobCard c) {
        publish(c, "JobCardOpened", new Opened(c.id(), c.number(), c.serviceCenterId(), c.appointmentId(),
                c.customerId(), c.vehicleId(), c.odometerKm(), c.openedAt()));
    }

    void statusChanged(JobCard c, JobCardStatus from, Instant at) {
        publish(c, "JobCardStatusChanged", new StatusChanged(c.id(), c.number(), c.serviceCenterId(),
                c.customerId(), c.vehicleId(), from, c.status(), at));
        if (c.status() == JobCardStatus.CLOSED) {
            List<Line> lines = c.lines().stream().filter(l -> l.status() != LineStatus.CANCELLED)
                    .map(l -> new Line(l.id(), l.description(), l.kind(), l.quantity(), l.taxCode(), l.cannedJobId(),
                            l.itemId(), l.unitPrice(), l.technicianId()))
                    .toList();
            String summary = c.complaints().isEmpty() ? null : String.join("; ", c.complaints());
            publish(c, "JobCardClosed", new Closed(c.id(), c.number(), c.vehicleId(), c.customerId(),
                    c.serviceCenterId(), c.closedAt(), c.odometerKm(), summary, lines));
        }
    }

    private void publish(JobCard c, String type, Object data) {
        outbox.append(OutgoingEvent.v1(TOPIC, "JobCard", c.id(), type, data));
    }
}
