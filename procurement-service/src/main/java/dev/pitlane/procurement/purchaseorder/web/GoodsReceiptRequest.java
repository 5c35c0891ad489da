package dev.pitlane.procurement.purchaseorder.web;

import dev.pitlane.procurement.purchaseorder.application.GoodsReceiptCommand;
import dev.pitlane.procurement.purchaseorder.domain.ReceiptLineInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delivery against the order: per line what arrived ({@code receivedQuantity}) and how much of it was refused
 * ({@code rejectedQuantity}); only the difference goes into stock. {@code unitCost} defaults to the order price.
 */
record GoodsReceiptRequest(Instant receivedAt,
                           @Size(max = 64) String deliveryNoteNumber,
                           @Size(max = 2000) String note,
                           @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines) {

    record Line(@NotNull UUID lineId,
                @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal receivedQuantity,
                @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal rejectedQuantity,
                @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitCost,
                @Size(max = 500) String rejectionReason) {
    }

    GoodsReceiptCommand command() {
        return new GoodsReceiptCommand(receivedAt, deliveryNoteNumber, note, lines.stream()
                .map(l -> new ReceiptLineInput(l.lineId(), l.receivedQuantity(), l.rejectedQuantity(), l.unitCost(),
                        l.rejectionReason()))
                .toList());
    }
}
