package dev.pitlane.procurement.purchaseorder.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What arrived for one line: {@code received} is everything delivered, {@code rejected} the part of it refused at
 * the door; {@code unitCost} defaults to the order's price.
 */
public record ReceiptLineInput(UUID lineId, BigDecimal received, BigDecimal rejected, BigDecimal unitCost,
                               String rejectionReason) {
}
