package dev.pitlane.procurement.shared.application;

/** Human-readable, gap-tolerant running numbers per organization (PO-000042, PI-000007, GR-000003). */
public interface DocumentNumbers {

    /** The next number of {@code prefix} for the current organization, within the caller's transaction. */
    String next(String prefix);
}
