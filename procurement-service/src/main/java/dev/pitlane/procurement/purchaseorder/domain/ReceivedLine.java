package dev.pitlane.procurement.purchaseorder.domain;

import java.math.BigDecimal;

/** One line of a goods receipt, as booked: only {@code accepted} goes into stock, at {@code unitCost}. */
public record ReceivedLine(PurchaseOrderLine line, BigDecimal received, BigDecimal rejected, BigDecimal accepted,
                           BigDecimal unitCost, LineAmounts amounts, String rejectionReason) {
}
