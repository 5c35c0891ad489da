package dev.pitlane.procurement.purchaseorder.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a supplier is told about an order placed with it. {@code deliveryId} stays the same when the same
 * notification is delivered again, so a supplier can drop duplicates.
 */
public record OrderNotice(UUID deliveryId, UUID organizationId, UUID purchaseOrderId, String number,
                          Instant orderedAt, LocalDate expectedDeliveryDate, UUID deliveryLocationId,
                          String currency, BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total,
                          List<Line> lines) {

    public record Line(int lineNumber, UUID itemId, String sku, String description, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal taxRate, BigDecimal totalAmount) {
    }
}
