package dev.pitlane.billing.invoice.application;

import dev.pitlane.billing.invoice.domain.InvoiceSource;
import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.invoice.domain.LineKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice with every field Rule 46 asks a tax invoice to carry. {@code supplier} is null on a draft (it is copied
 * at issue); {@code reverseCharge} is always false (this suite never bills under reverse charge).
 */
public record InvoiceView(UUID id, InvoiceStatus status, String number, LocalDate invoiceDate, String financialYear,
                          InvoiceSource source, UUID serviceCenterId, UUID customerId, UUID vehicleId,
                          UUID jobCardId, String jobCardNumber, PartyView supplier, PartyView recipient,
                          PlaceOfSupplyView placeOfSupply, String supplyType, boolean reverseCharge,
                          LocalDate rateDate, List<LineView> lines, Totals totals, BigDecimal paid,
                          BigDecimal credited, BigDecimal due, String currency, String notes, Instant createdAt,
                          Instant issuedAt, Instant paidAt, long version) {

    public record PartyView(String name, String tradeName, String addressLine1, String addressLine2, String city,
                            String postalCode, String stateCode, String stateName, String gstin) {
    }

    /** As printed: {@code printed} is "27-Maharashtra". */
    public record PlaceOfSupplyView(String stateCode, String stateName, String basis, String printed) {
    }

    public record LineView(int position, LineKind kind, UUID itemId, String description, String hsnSac,
                           BigDecimal quantity, String unit, BigDecimal unitPrice, boolean priceIncludesTax,
                           BigDecimal discountPercent, BigDecimal discountAmount, BigDecimal gstRate,
                           BigDecimal grossAmount, BigDecimal discount, BigDecimal taxableValue, BigDecimal cgst,
                           BigDecimal sgst, BigDecimal utgst, BigDecimal igst, BigDecimal total) {
    }

    /** Sums of the lines; taxableValue + taxes + roundOff = grandTotal, exactly. */
    public record Totals(BigDecimal taxableValue, BigDecimal cgst, BigDecimal sgst, BigDecimal utgst, BigDecimal igst,
                         BigDecimal roundOff, BigDecimal grandTotal) {
    }
}
