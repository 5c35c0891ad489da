package dev.pitlane.procurement.shipment.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A consignment handed to a carrier for a parts issue; the issue picks the id so it can refer to it first. */
public record NewShipment(UUID id, UUID partsIssueId, UUID serviceCenterId, UUID fromLocationId, UUID toLocationId,
                          String carrier, String trackingNumber, List<Line> lines) {

    public record Line(UUID lineId, UUID itemId, String sku, BigDecimal quantity) {
    }
}
