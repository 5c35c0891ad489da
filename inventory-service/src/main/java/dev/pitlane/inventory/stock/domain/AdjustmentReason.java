package dev.pitlane.inventory.stock.domain;

/** Why an adjustment was posted; the ledger refuses an adjustment without one. */
public enum AdjustmentReason {
    CYCLE_COUNT, DAMAGED, EXPIRED, LOST, FOUND, CORRECTION, OPENING_BALANCE, DAMAGED_IN_TRANSIT, SHORT_DELIVERY
}
