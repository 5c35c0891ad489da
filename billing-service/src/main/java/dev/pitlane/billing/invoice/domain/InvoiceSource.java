package dev.pitlane.billing.invoice.domain;

/** Where an invoice comes from; it decides the place-of-supply rule its lines are taxed by. */
public enum InvoiceSource {
    /** A closed job card: a service, taxed where the recipient is (IGST Act s.12(2)). */
    JOB_CARD,
    /** Parts over the counter: goods handed over at the counter (s.10(1)(d)). */
    COUNTER_SALE,
    /** Drafted by hand: treated as a service, like a job. */
    MANUAL
}
