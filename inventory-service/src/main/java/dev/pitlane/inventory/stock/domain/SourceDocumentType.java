package dev.pitlane.inventory.stock.domain;

/** The document a movement comes from, kept on every ledger row. */
public enum SourceDocumentType {
    PURCHASE_ORDER, PARTS_ISSUE, JOB_CARD, INVOICE, SALES_ORDER, CYCLE_COUNT, MANUAL, OPENING_STOCK_IMPORT
}
