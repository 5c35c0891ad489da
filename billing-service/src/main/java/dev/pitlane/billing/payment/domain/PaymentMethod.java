package dev.pitlane.billing.payment.domain;

/** How the money came in; GATEWAY is a payment provider's capture (link or order), recorded from its webhook. */
public enum PaymentMethod {
    CASH,
    CARD,
    UPI,
    BANK_TRANSFER,
    CHEQUE,
    GATEWAY
}
