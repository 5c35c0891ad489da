package dev.pitlane.reporting.purchase.application;

/** What a supplier purchases report groups by (any combination; none: one row for the period). */
public enum PurchaseGrouping {
    SUPPLIER, ITEM, MONTH
}
