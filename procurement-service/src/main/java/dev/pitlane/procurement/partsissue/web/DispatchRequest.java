package dev.pitlane.procurement.partsissue.web;

import dev.pitlane.procurement.partsissue.application.DispatchCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The carrier and its tracking number; {@code lines} omitted sends every approved quantity in full. */
record DispatchRequest(@NotBlank @Size(max = 100) String carrier,
                       @NotBlank @Size(max = 100) String trackingNumber,
                       @Size(max = 200) List<@Valid @NotNull Line> lines) {

    record Line(@NotNull UUID lineId,
                @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 3) BigDecimal quantity) {
    }

    DispatchCommand command() {
        Map<UUID, BigDecimal> quantities = null;
        if (lines != null) {
            quantities = new LinkedHashMap<>();
            for (Line l : lines) {
                quantities.merge(l.lineId(), l.quantity(), BigDecimal::add);
            }
        }
        return new DispatchCommand(carrier.trim(), trackingNumber.trim(), quantities);
    }
}
