package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderOrigin;
import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderStatus;
import dev.pitlane.procurement.shared.application.HistoryEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record PurchaseOrderView(UUID id, String number, UUID supplierId, String supplierName,
                                UUID deliveryLocationId, PurchaseOrderStatus status, PurchaseOrderOrigin origin,
                                String currency, BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total,
                                LocalDate expectedDeliveryDate, String notes, String createdBy, Instant createdAt,
                                String submittedBy, String approvedBy, Instant approvedAt, Instant orderedAt,
                                String closedReason, Instant updatedAt, long version, List<Line> lines,
                                List<HistoryEntry> history) {

    public record Line(UUID id, int lineNumber, UUID itemId, String sku, String description, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal taxRate, BigDecimal netAmount, BigDecimal taxAmount,
                       BigDecimal totalAmount, BigDecimal receivedQuantity, BigDecimal rejectedQuantity,
                       BigDecimal outstandingQuantity) {
    }

    public PurchaseOrderView with(List<Line> lines, List<HistoryEntry> history) {
        return new PurchaseOrderView(id, number, supplierId, supplierName, deliveryLocationId, status, origin,
                currency, subtotal, taxTotal, total, expectedDeliveryDate, notes, createdBy, createdAt, submittedBy,
                approvedBy, approvedAt, orderedAt, closedReason, updatedAt, version, lines, history);
    }
}
