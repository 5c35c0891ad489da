package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.procurement.purchaseorder.domain.NewLine;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the author of a draft decides. {@code deliveryLocationId} is the central warehouse receiving the goods. */
public record PurchaseOrderDraft(UUID supplierId, UUID deliveryLocationId, LocalDate expectedDeliveryDate,
                                 String notes, List<NewLine> lines) {
}
