package dev.pitlane.gst;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A quotation or invoice with its tax worked out. The totals are the sums of the lines' amounts, exactly; the grand
 * total is rounded to the rupee and the difference is shown as its own signed amount.
 *
 * @param rateDate the date whose rates were applied
 * @param roundOff grand total minus the unrounded total, within -0.50 and +0.50
 */
public record TaxedDocument(GstState supplierState, PlaceOfSupply placeOfSupply, SupplyType supplyType,
                            LocalDate rateDate, List<TaxedLine> lines, BigDecimal taxableValue, TaxAmounts tax,
                            BigDecimal roundOff, BigDecimal grandTotal) {

    public TaxedDocument {
        lines = List.copyOf(lines);
    }

    /** Taxable value plus taxes, before rounding to the rupee. */
    public BigDecimal totalBeforeRoundOff() {
        return taxableValue.add(tax.total());
    }
}
