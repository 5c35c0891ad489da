package dev.pitlane.billing.invoice.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Event {@code InvoiceIssued} (topic billing.invoice.v1); schema in contracts/events/billing-service. */
public record InvoiceIssued(UUID invoiceId, String number, LocalDate invoiceDate, String financialYear,
                            String source, UUID serviceCenterId, UUID customerId, UUID vehicleId, UUID jobCardId,
                            String supplierGstin, String recipientGstin, String placeOfSupply, String supplyType,
                            BigDecimal taxableValue, BigDecimal cgst, BigDecimal sgst, BigDecimal utgst,
                            BigDecimal igst, BigDecimal roundOff, BigDecimal total, String currency, Instant issuedAt) {
}
