package dev.pitlane.billing.creditnote.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Event {@code CreditNoteIssued} (topic billing.credit-note.v1); schema in contracts/events/billing-service. */
public record CreditNoteIssued(UUID creditNoteId, String number, LocalDate noteDate, UUID invoiceId,
                               String invoiceNumber, UUID customerId, String reason, BigDecimal taxableValue,
                               BigDecimal cgst, BigDecimal sgst, BigDecimal utgst, BigDecimal igst,
                               BigDecimal roundOff, BigDecimal total, String currency, Instant issuedAt) {
}
