package dev.pitlane.billing.invoice.application;

import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.billing.invoice.domain.Party;
import java.util.List;
import java.util.UUID;

/** A draft invoice made by hand, or the new content of a draft. */
public record DraftInvoiceCommand(UUID serviceCenterId, UUID customerId, UUID vehicleId, Party recipient,
                                  List<DraftLine> lines, String notes) {
}
