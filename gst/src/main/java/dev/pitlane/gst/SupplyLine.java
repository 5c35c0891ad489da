package dev.pitlane.gst;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a quotation or invoice as the caller knows it: what (HSN/SAC), how many (up to 3 decimals: litres,
 * hours), at what unit price (rupees and paise), with or without GST in the price, and its discount.
 */
public record SupplyLine(HsnSac hsnSac, BigDecimal quantity, BigDecimal unitPrice, PriceBasis priceBasis,
                         Discount discount) {

    public static final int QUANTITY_SCALE = 3;

    public SupplyLine {
        Objects.requireNonNull(hsnSac, "hsnSac");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(discount, "discount");
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            throw new GstRuleViolation(GstRuleViolation.Code.INVALID_LINE,
                    "quantity must be positive with at most 3 decimals, was " + quantity);
        }
        quantity = quantity.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        unitPrice = Rupees.exact(unitPrice, "unit price");
    }

    public static SupplyLine of(String hsnSac, String quantity, String unitPrice) {
        return new SupplyLine(new HsnSac(hsnSac), new BigDecimal(quantity), new BigDecimal(unitPrice),
                PriceBasis.TAX_EXCLUSIVE, Discount.NONE);
    }

    public SupplyLine withDiscount(Discount newDiscount) {
        return new SupplyLine(hsnSac, quantity, unitPrice, priceBasis, newDiscount);
    }

    public SupplyLine taxInclusive() {
        return new SupplyLine(hsnSac, quantity, unitPrice, PriceBasis.TAX_INCLUSIVE, discount);
    }

    /** Quantity times unit price, in the line's price basis. */
    BigDecimal gross() {
        return Rupees.round(quantity.multiply(unitPrice));
    }
}
