package dev.pitlane.procurement.purchaseorder.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

record SettingsRequest(@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal approvalLimit,
                       @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
                       BigDecimal overReceiptTolerancePercent,
                       @NotNull Long version) {
}
