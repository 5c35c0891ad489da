package dev.pitlane.procurement.purchaseorder.domain;

/** One step of a purchase order's history. {@code from} is null for its creation. */
public record StatusChange(PurchaseOrderStatus from, PurchaseOrderStatus to, String actor, String note) {
}
