package dev.pitlane.procurement.purchaseorder.application;

import java.math.BigDecimal;

/**
 * An organization's purchasing rules: orders totalling more than {@code approvalLimit} (INR, tax included) need
 * {@code purchase-order:approve-unlimited}; a line may be over-received by at most
 * {@code overReceiptTolerancePercent} of its ordered quantity.
 */
public record ProcurementSettings(BigDecimal approvalLimit, BigDecimal overReceiptTolerancePercent, long version) {
}
