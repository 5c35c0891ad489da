package dev.pitlane.procurement.purchaseorder.web;

import dev.pitlane.procurement.purchaseorder.application.PurchaseOrderDraft;
import dev.pitlane.procurement.purchaseorder.domain.NewLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A draft purchase order. {@code deliveryLocationId} is the central warehouse the goods go to; each line's
 * {@code sku}/{@code description} are the client's snapshot of inventory's item.
 */
record PurchaseOrderRequest(@NotNull UUID supplierId,
                            @NotNull UUID deliveryLocationId,
                            LocalDate expectedDeliveryDate,
                            @Size(max = 2000) String notes,
                            @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines) {

    record Line(@NotNull UUID itemId,
                @NotBlank @Size(max = 64) String sku,
                @NotBlank @Size(max = 200) String description,
                @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity,
                @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
                @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal taxRate) {

        NewLine toNewLine() {
            return new NewLine(itemId, sku.trim(), description.trim(), quantity, unitPrice, taxRate);
        }
    }

    PurchaseOrderDraft draft() {
        return new PurchaseOrderDraft(supplierId, deliveryLocationId, expectedDeliveryDate, notes,
                lines.stream().map(Line::toNewLine).toList());
    }
}
