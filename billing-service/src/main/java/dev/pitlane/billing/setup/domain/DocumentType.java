package dev.pitlane.billing.setup.domain;

/** The documents numbered in series of their own: a credit note never takes an invoice's number. */
public enum DocumentType {
    INVOICE,
    CREDIT_NOTE
}
