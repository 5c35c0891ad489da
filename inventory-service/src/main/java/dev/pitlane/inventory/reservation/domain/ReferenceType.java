package dev.pitlane.inventory.reservation.domain;

/** What a reservation holds stock for. */
public enum ReferenceType {
    JOB_CARD, PARTS_ISSUE, SALES_ORDER
}
