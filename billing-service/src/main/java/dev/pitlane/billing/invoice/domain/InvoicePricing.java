package dev.pitlane.billing.invoice.domain;

import dev.pitlane.gst.GstCalculator;
import dev.pitlane.gst.GstState;
import dev.pitlane.gst.PlaceOfSupply;
import dev.pitlane.gst.TaxedDocument;
import java.time.LocalDate;
import java.util.List;

/** The tax of an invoice, by the GST module, with the place-of-supply rule its source calls for. */
public final class InvoicePricing {

    private final GstCalculator gst;

    public InvoicePricing(GstCalculator gst) {
        this.gst = gst;
    }

    /**
     * @param rateDate the invoice date once issued (its time of supply); today's date for a draft's estimate
     */
    public TaxedDocument price(InvoiceSource source, GstState supplierState, Party recipient, LocalDate rateDate,
                               List<DraftLine> lines) {
        PlaceOfSupply placeOfSupply = source == InvoiceSource.COUNTER_SALE
                ? PlaceOfSupply.forGoodsOverCounter(supplierState, null)
                : PlaceOfSupply.forServices(supplierState, recipient == null ? null : recipient.gstin(),
                        recipient == null ? null : recipient.state());
        return priceAt(supplierState, placeOfSupply, rateDate, lines);
    }

    /** Lines taxed where and as a document already was: a credit note's, with its invoice's place and rates. */
    public TaxedDocument priceAt(GstState supplierState, PlaceOfSupply placeOfSupply, LocalDate rateDate,
                                 List<DraftLine> lines) {
        return gst.calculate(supplierState, placeOfSupply, rateDate,
                lines.stream().map(DraftLine::toSupplyLine).toList());
    }
}
