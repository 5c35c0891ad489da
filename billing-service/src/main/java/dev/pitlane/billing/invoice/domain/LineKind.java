package dev.pitlane.billing.invoice.domain;

public enum LineKind {
    LABOUR,
    PART,
    OTHER
}
