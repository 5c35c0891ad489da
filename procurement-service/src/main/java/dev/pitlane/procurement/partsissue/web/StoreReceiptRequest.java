package dev.pitlane.procurement.partsissue.web;

import dev.pitlane.procurement.partsissue.application.StoreReceiptCommand;
import dev.pitlane.procurement.partsissue.domain.LineReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The store's count of a delivery: per dispatched line, received + damaged + short = dispatched (damaged and
 * short default to 0). {@code note} goes on the discrepancy records.
 */
record StoreReceiptRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines,
                           @Size(max = 2000) String note) {

    record Line(@NotNull UUID lineId,
                @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal receivedQuantity,
                @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal damagedQuantity,
                @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal shortQuantity) {
    }

    StoreReceiptCommand command() {
        return new StoreReceiptCommand(lines.stream().map(l -> new LineReceipt(l.lineId(), l.receivedQuantity(),
                l.damagedQuantity(), l.shortQuantity())).toList(), note);
    }
}
