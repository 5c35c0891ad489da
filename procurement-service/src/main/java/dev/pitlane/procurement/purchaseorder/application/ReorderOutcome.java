package dev.pitlane.procurement.purchaseorder.application;

public enum ReorderOutcome {
    /** A line was added to the preferred supplier's draft (created if there was none). */
    ADDED_TO_DRAFT,
    /** An open order already waits for the item at that location; ordering again would double it. */
    ALREADY_ON_ORDER,
    /** Nobody is the item's preferred supplier: a buyer has to decide. */
    NO_PREFERRED_SUPPLIER
}
