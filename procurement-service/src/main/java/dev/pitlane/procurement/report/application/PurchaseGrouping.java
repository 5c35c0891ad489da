package dev.pitlane.procurement.report.application;

public enum PurchaseGrouping {
    SUPPLIER, ITEM, MONTH
}
