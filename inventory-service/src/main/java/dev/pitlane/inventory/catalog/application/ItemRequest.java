package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.domain.TrackingMode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

/** An item as a client writes it; the last purchase cost is the receipts' to set, never the client's. */
public record ItemRequest(
        @NotBlank @Size(max = 64) @Schema(example = "BRK-PAD-SW-F") String sku,
        @NotBlank @Size(max = 64) @Schema(example = "0986AB1234") String partNumber,
        @NotBlank @Size(max = 200) @Schema(example = "Front brake pad set, Swift") String name,
        @Size(max = 2000) String description,
        @Size(max = 100) @Schema(example = "Bosch India") String brand,
        UUID categoryId,
        @NotNull UUID unitId,
        @Size(max = 8) @Schema(example = "8708") String hsnCode,
        @NotNull @DecimalMin("0") @DecimalMax("40") @Schema(example = "28") BigDecimal gstRate,
        @Size(max = 64) String barcode,
        @DecimalMin("0") BigDecimal standardCost,
        @DecimalMin("0") BigDecimal sellingPrice,
        TrackingMode trackingMode,
        @Min(1) Integer shelfLifeDays,
        UUID supersededById,
        @Schema(description = "the version read, on update") Long version) {

    public TrackingMode trackingModeOrDefault() {
        return trackingMode == null ? TrackingMode.NONE : trackingMode;
    }
}
