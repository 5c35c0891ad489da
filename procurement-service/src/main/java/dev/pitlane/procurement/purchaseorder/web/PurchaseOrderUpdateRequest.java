package dev.pitlane.procurement.purchaseorder.web;

import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Replaces a draft; {@code version} is the one last read. */
record PurchaseOrderUpdateRequest(@NotNull UUID supplierId,
                                  @NotNull UUID deliveryLocationId,
                                  LocalDate expectedDeliveryDate,
                                  @Size(max = 2000) String notes,
                                  @NotEmpty @Size(max = 200) List<PurchaseOrderRequest.@Valid @NotNull Line> lines,
                                  @NotNull Long version) {

    PurchaseOrderDraft draft() {
        return new PurchaseOrderDraft(supplierId, deliveryLocationId, expectedDeliveryDate, notes,
                lines.stream().map(PurchaseOrderRequest.Line::toNewLine).toList());
    }
}
