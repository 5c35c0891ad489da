package dev.pitlane.procurement.shipment.web;

import dev.pitlane.procurement.shipment.application.TrackingReport;
import dev.pitlane.procurement.shipment.domain.ShipmentStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A carrier's report: the new status, where the consignment is, and when that happened (default: now). */
record TrackingEventRequest(@NotNull ShipmentStatus status,
                            @Size(max = 200) String location,
                            @Size(max = 1000) String note,
                            Instant occurredAt) {

    TrackingReport report() {
        return new TrackingReport(status, location, note, occurredAt);
    }
}
