package dev.pitlane.procurement.purchaseorder.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * DRAFT → PENDING_APPROVAL → APPROVED/REJECTED → ORDERED → PARTIALLY_RECEIVED → RECEIVED, and CANCELLED from
 * DRAFT, PENDING_APPROVAL, APPROVED and ORDERED (while nothing was received).
 */
public enum PurchaseOrderStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, ORDERED, PARTIALLY_RECEIVED, RECEIVED, CANCELLED;

    private static final Map<PurchaseOrderStatus, Set<PurchaseOrderStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(PENDING_APPROVAL, CANCELLED),
            PENDING_APPROVAL, EnumSet.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, EnumSet.of(ORDERED, CANCELLED),
            REJECTED, EnumSet.noneOf(PurchaseOrderStatus.class),
            ORDERED, EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CANCELLED),
            PARTIALLY_RECEIVED, EnumSet.of(PARTIALLY_RECEIVED, RECEIVED),
            RECEIVED, EnumSet.noneOf(PurchaseOrderStatus.class),
            CANCELLED, EnumSet.noneOf(PurchaseOrderStatus.class));

    public boolean canBecome(PurchaseOrderStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Goods can arrive against the order. */
    public boolean awaitsGoods() {
        return this == ORDERED || this == PARTIALLY_RECEIVED;
    }
}
