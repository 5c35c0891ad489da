package dev.pitlane.billing.creditnote.application;

import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A credit note; {@code invoiceStatus} and {@code invoiceDue} are its invoice's right after it. */
public record CreditNoteView(UUID id, String number, LocalDate noteDate, UUID invoiceId, String invoiceNumber,
                             String reason, List<Line> lines, BigDecimal taxableValue, BigDecimal cgst,
                             BigDecimal sgst, BigDecimal utgst, BigDecimal igst, BigDecimal roundOff,
                             BigDecimal grandTotal, Instant issuedAt, InvoiceStatus invoiceStatus,
                             BigDecimal invoiceDue) {

    public record Line(int position, int invoicePosition, String description, String hsnSac, BigDecimal quantity,
                       String unit, BigDecimal gstRate, BigDecimal taxableValue, BigDecimal cgst, BigDecimal sgst,
                       BigDecimal utgst, BigDecimal igst, BigDecimal total) {
    }
}
