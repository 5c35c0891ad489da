package dev.pitlane.gst;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The tax on a line or a document, one amount per tax (zero where a tax does not apply). An intra-state supply has
 * CGST and one of SGST or UTGST, always equal; an inter-state supply has IGST only.
 */
public record TaxAmounts(BigDecimal cgst, BigDecimal sgst, BigDecimal utgst, BigDecimal igst) {

    public static final TaxAmounts NONE = new TaxAmounts(Rupees.ZERO, Rupees.ZERO, Rupees.ZERO, Rupees.ZERO);

    public TaxAmounts {
        Objects.requireNonNull(cgst, "cgst");
        Objects.requireNonNull(sgst, "sgst");
        Objects.requireNonNull(utgst, "utgst");
        Objects.requireNonNull(igst, "igst");
    }

    /**
     * The tax on a taxable value at a rate. Intra-state, the half rate is applied once and the rounded half is used
     * for both central and state tax, so they are equal by construction.
     */
    static TaxAmounts on(BigDecimal taxableValue, BigDecimal ratePercent, SupplyType supplyType, GstState placeOfSupply) {
        if (supplyType == SupplyType.INTER_STATE) {
            return new TaxAmounts(Rupees.ZERO, Rupees.ZERO, Rupees.ZERO,
                    Rupees.round(taxableValue.multiply(ratePercent).movePointLeft(2)));
        }
        BigDecimal half = Rupees.round(taxableValue.multiply(ratePercent).divide(BigDecimal.valueOf(200)));
        return placeOfSupply.leviesUtgst()
                ? new TaxAmounts(half, Rupees.ZERO, half, Rupees.ZERO)
                : new TaxAmounts(half, half, Rupees.ZERO, Rupees.ZERO);
    }

    public TaxAmounts plus(TaxAmounts other) {
        return new TaxAmounts(cgst.add(other.cgst), sgst.add(other.sgst), utgst.add(other.utgst), igst.add(other.igst));
    }

    public BigDecimal total() {
        return cgst.add(sgst).add(utgst).add(igst);
    }
}
