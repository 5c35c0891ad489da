package dev.pitlane.gst;

import java.math.BigDecimal;

/**
 * A line with its tax worked out, every amount in rupees and paise.
 *
 * @param gross        quantity times unit price, in the line's price basis
 * @param discount     the discount in rupees, in the line's price basis
 * @param taxableValue what the tax is charged on: after the discount, and without GST
 * @param ratePercent  the whole GST rate (an intra-state line bears half of it as CGST and half as SGST/UTGST)
 */
public record TaxedLine(SupplyLine line, BigDecimal gross, BigDecimal discount, BigDecimal taxableValue,
                        BigDecimal ratePercent, TaxAmounts tax) {

    public BigDecimal total() {
        return taxableValue.add(tax.total());
    }
}
