package dev.pitlane.procurement.purchaseorder.application;

import dev.pitlane.procurement.purchaseorder.domain.PurchaseOrderStatus;

import java.util.List;
import java.util.UUID;

public record PurchaseOrderFilter(List<PurchaseOrderStatus> statuses, UUID supplierId, UUID itemId) {
}
