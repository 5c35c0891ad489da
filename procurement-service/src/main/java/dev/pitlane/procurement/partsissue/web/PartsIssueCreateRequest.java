package dev.pitlane.procurement.partsissue.web;

import dev.pitlane.procurement.partsissue.application.PartsIssueRequest;
import dev.pitlane.procurement.partsissue.domain.RequestedLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A service center's request: from the central warehouse ({@code fromLocationId}) to the center's store
 * ({@code toLocationId}). Quantities in the item's base unit, up to 3 decimals.
 */
record PartsIssueCreateRequest(@NotNull UUID serviceCenterId,
                               @NotNull UUID fromLocationId,
                               @NotNull UUID toLocationId,
                               @Size(max = 2000) String note,
                               @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines) {

    record Line(@NotNull UUID itemId,
                @NotBlank @Size(max = 64) String sku,
                @NotBlank @Size(max = 200) String description,
                @NotNull @Positive @Digits(integer = 12, fraction = 3) BigDecimal quantity) {
    }

    PartsIssueRequest toRequest() {
        return new PartsIssueRequest(serviceCenterId, fromLocationId, toLocationId, note, lines.stream()
                .map(l -> new RequestedLine(l.itemId(), l.sku().trim(), l.description().trim(), l.quantity()))
                .toList());
    }
}
