package dev.pitlane.procurement.purchaseorder.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A booked delivery; only accepted quantities went into stock, at their unit cost. */
public record GoodsReceiptView(UUID id, String number, UUID purchaseOrderId, String purchaseOrderNumber,
                               UUID supplierId, UUID locationId, Instant receivedAt, String receivedBy,
                               String deliveryNoteNumber, String note, List<Line> lines) {

    public record Line(UUID id, UUID purchaseOrderLineId, UUID itemId, String sku, BigDecimal receivedQuantity,
                       BigDecimal rejectedQuantity, BigDecimal acceptedQuantity, BigDecimal unitCost,
                       BigDecimal netAmount, BigDecimal taxAmount, String rejectionReason) {
    }

    public GoodsReceiptView with(List<Line> lines) {
        return new GoodsReceiptView(id, number, purchaseOrderId, purchaseOrderNumber, supplierId, locationId,
                receivedAt, receivedBy, deliveryNoteNumber, note, lines);
    }
}
