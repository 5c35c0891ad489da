package dev.pitlane.billing.invoice.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.Discount;
import dev.pitlane.gst.HsnSac;
import dev.pitlane.gst.PriceBasis;
import dev.pitlane.gst.SupplyLine;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A line as the caller gives it: what (description, HSN/SAC), how much (quantity and its unit, as the GST portal's
 * unique quantity codes write it: NOS, LTR, HRS...), at what price (with or without GST) and its discount (a percentage
 * or an amount, not both). The tax is the GST module's to work out.
 *
 * @param itemId the catalog item of a part; null for labour
 */
public record DraftLine(LineKind kind, UUID itemId, String description, String hsnSac, BigDecimal quantity, String unit,
                        BigDecimal unitPrice, boolean priceIncludesTax, BigDecimal discountPercent,
                        BigDecimal discountAmount) {

    private static final Pattern UNIT = Pattern.compile("[A-Z]{3}");

    public DraftLine {
        if (kind == null) {
            throw invalid("a line needs its kind (LABOUR, PART, OTHER)");
        }
        if (description == null || description.isBlank() || description.length() > 300) {
            throw invalid("a line's description is 1 to 300 characters");
        }
        if (unit == null || !UNIT.matcher(unit).matches()) {
            throw invalid("a line's unit is a 3-letter unit quantity code (NOS, LTR, HRS...), was " + unit);
        }
        if (discountPercent != null && discountAmount != null) {
            throw invalid("a line has a discount percentage or a discount amount, not both");
        }
    }

    /** The line for the GST module, which also refuses a bad HSN/SAC, quantity, price or discount. */
    public SupplyLine toSupplyLine() {
        Discount discount = discountPercent != null ? Discount.percent(discountPercent)
                : discountAmount != null ? Discount.amount(discountAmount) : Discount.NONE;
        return new SupplyLine(new HsnSac(hsnSac), quantity, unitPrice,
                priceIncludesTax ? PriceBasis.TAX_INCLUSIVE : PriceBasis.TAX_EXCLUSIVE, discount);
    }

    private static DomainException invalid(String detail) {
        return DomainException.unprocessable("invoice.invalid-line", detail);
    }
}
