package dev.pitlane.billing.invoice.domain;

/**
 * Draft → issued → partially paid → paid. Only a draft is edited; from issue on, the invoice changes only by the
 * money settled against it (payments, refunds) and by credit notes, and its status follows from those
 * ({@link Settlement#status()}).
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    /** Credited in full by a credit note with nothing paid: it asks nothing of the customer any more. */
    CANCELLED;

    public boolean isIssued() {
        return this != DRAFT;
    }
}
