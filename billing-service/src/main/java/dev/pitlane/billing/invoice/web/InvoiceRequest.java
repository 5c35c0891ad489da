package dev.pitlane.billing.invoice.web;

import dev.pitlane.billing.invoice.application.DraftInvoiceCommand;
import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.billing.invoice.domain.LineKind;
import dev.pitlane.billing.invoice.domain.Party;
import dev.pitlane.gst.GstState;
import dev.pitlane.gst.Gstin;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A draft invoice's content: who it is for and its lines. The tax is worked out, never sent. */
record InvoiceRequest(@NotNull UUID serviceCenterId, @NotNull UUID customerId, UUID vehicleId,
                      @NotNull @Valid Recipient recipient, @NotEmpty @Size(max = 200) List<@Valid @NotNull Line> lines,
                      @Size(max = 1000) String notes, Long version) {

    record Recipient(@Size(max = 200) String name, @Size(max = 200) String addressLine1,
                     @Size(max = 200) String addressLine2, @Size(max = 100) String city,
                     @Size(max = 12) String postalCode, String stateCode, String gstin) {

        Party party() {
            return new Party(name, addressLine1, addressLine2, city, postalCode,
                    stateCode == null ? null : GstState.ofCode(stateCode),
                    gstin == null || gstin.isBlank() ? null : Gstin.parse(gstin));
        }
    }

    record Line(@NotNull LineKind kind, UUID itemId, @NotBlank String description, @NotBlank String hsnSac,
                @NotNull BigDecimal quantity, @NotBlank String unit, @NotNull BigDecimal unitPrice,
                Boolean priceIncludesTax, BigDecimal discountPercent, BigDecimal discountAmount) {

        DraftLine draft() {
            return new DraftLine(kind, itemId, description, hsnSac, quantity, unit, unitPrice,
                    Boolean.TRUE.equals(priceIncludesTax),
                    discountPercent, discountAmount);
        }
    }

    DraftInvoiceCommand command() {
        return new DraftInvoiceCommand(serviceCenterId, customerId, vehicleId, recipient.party(),
                lines.stream().map(Line::draft).toList(), notes);
    }
}
