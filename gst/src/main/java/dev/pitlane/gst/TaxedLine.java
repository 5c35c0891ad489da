package dev.pitlane.gst;

import java.math.BigDecimal;

/**
 * A line with its tax worked out, every amount in rupees and paise and before GST, as a tax invoice and the
 * e-invoice's item show them: gross less discount is the taxable value, exactly.
 *
 * @param grossBeforeTax    quantity times unit price; for a tax-inclusive price, its value without GST
 * @param discountBeforeTax the discount; for a tax-inclusive price, its value without GST
 * @param taxableValue      what the tax is charged on (CGST Act s.15)
 * @param ratePercent       the whole GST rate (an intra-state line bears half of it as CGST and half as SGST/UTGST)
 */
public record TaxedLine(SupplyLine line, BigDecimal ratePercent, BigDecimal grossBeforeTax,
                        BigDecimal discountBeforeTax, BigDecimal taxableValue, TaxAmounts tax) {

    public BigDecimal total() {
        return taxableValue.add(tax.total());
    }
}
