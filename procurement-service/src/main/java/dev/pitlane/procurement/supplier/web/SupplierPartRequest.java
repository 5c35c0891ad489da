package dev.pitlane.procurement.supplier.web;

import dev.pitlane.procurement.supplier.application.SupplierPartDetails;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A part a supplier delivers. {@code itemSku}/{@code itemName} are the client's snapshot of inventory's item;
 * {@code taxRate} is the GST percentage used on reorder lines.
 */
record SupplierPartRequest(@NotBlank @Size(max = 64) String itemSku,
                           @NotBlank @Size(max = 200) String itemName,
                           @NotBlank @Size(max = 64) String supplierPartNumber,
                           @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
                           @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                           BigDecimal taxRate,
                           Boolean preferred) {

    SupplierPartDetails details() {
        return new SupplierPartDetails(itemSku.trim(), itemName.trim(), supplierPartNumber.trim(), unitPrice, taxRate,
                Boolean.TRUE.equals(preferred));
    }
}
