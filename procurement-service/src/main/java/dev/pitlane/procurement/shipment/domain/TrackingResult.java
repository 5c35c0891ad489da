package dev.pitlane.procurement.shipment.domain;

/**
 * What a tracking report did: {@code applied} when it moved the shipment (or was a new scan), false when it was
 * kept only in the history (older than the latest report, or a repeat of the current status).
 */
public record TrackingResult(boolean applied, ShipmentStatus previous, ShipmentStatus current) {

    public boolean statusChanged() {
        return previous != current;
    }
}
