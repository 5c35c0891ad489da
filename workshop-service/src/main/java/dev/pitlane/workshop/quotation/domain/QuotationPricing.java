package dev.pitlane.workshop.quotation.domain;

import dev.pitlane.gst.Discount;
import dev.pitlane.gst.GstCalculator;
import dev.pitlane.gst.GstRuleViolation;
import dev.pitlane.gst.GstState;
import dev.pitlane.gst.Gstin;
import dev.pitlane.gst.HsnSac;
import dev.pitlane.gst.PlaceOfSupply;
import dev.pitlane.gst.PriceBasis;
import dev.pitlane.gst.SupplyLine;
import dev.pitlane.gst.TaxedDocument;
import dev.pitlane.platform.domain.DomainException;

import java.time.LocalDate;
import java.util.List;

/**
 * A quotation's taxes, by the GST rules billing uses too (module {@code gst}): the place of supply of a job card is
 * that of a service — the registered customer's state, else the state of the address on record, else the
 * center's — so CGST + SGST when that is the center's state and IGST otherwise; the rates in force on the
 * quotation's date; per-line rounding whose lines add up to the totals.
 */
public final class QuotationPricing {

    private final GstCalculator gst;

    public QuotationPricing(GstCalculator gst) {
        this.gst = gst;
    }

    /**
     * @param centerStateCode       the center's GST state code (its registration)
     * @param customerGstin         the customer's GSTIN when registered, else null
     * @param customerAddressState  the state code of the customer's address on record, else null
     */
    public TaxedDocument price(String centerStateCode, String customerGstin, String customerAddressState,
                               LocalDate date, List<QuotedLine> lines) {
        try {
            GstState center = GstState.ofCode(centerStateCode);
            PlaceOfSupply placeOfSupply = PlaceOfSupply.forServices(center,
                    customerGstin == null ? null : Gstin.parse(customerGstin),
                    customerAddressState == null ? null : GstState.ofCode(customerAddressState));
            return gst.calculate(center, placeOfSupply, date, lines.stream().map(QuotationPricing::supply).toList());
        } catch (GstRuleViolation e) {
            throw DomainException.unprocessable(e.code(), e.getMessage());
        }
    }

    private static SupplyLine supply(QuotedLine l) {
        Discount discount = l.discountPercent() == null || l.discountPercent().signum() == 0 ? Discount.NONE
                : Discount.percent(l.discountPercent());
        return new SupplyLine(new HsnSac(l.taxCode()), l.quantity(), l.unitPrice(), PriceBasis.TAX_EXCLUSIVE,
                discount);
    }
}
