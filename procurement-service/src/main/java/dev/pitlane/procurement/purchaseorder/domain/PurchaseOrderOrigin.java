package dev.pitlane.procurement.purchaseorder.domain;

/** Who started the order: a person, or a StockLow event turned into a reorder suggestion. */
public enum PurchaseOrderOrigin {
    MANUAL, REORDER
}
