package dev.pitlane.billing.invoice.application;

import dev.pitlane.billing.invoice.domain.DraftLine;
import java.util.List;
import java.util.UUID;

/** What billing takes from a closed job card to draft its invoice. */
public record ClosedJobCard(UUID jobCardId, String number, UUID serviceCenterId, UUID customerId, UUID vehicleId,
                            List<DraftLine> lines) {
}
