package dev.pitlane.gst;

import java.math.BigDecimal;

/**
 * A discount on a line, taken off before tax: a discount shown on the invoice at the time of supply is not part of
 * the taxable value (CGST Act s.15(3)(a)). An amount is in the line's price basis.
 */
public sealed interface Discount {

    Discount NONE = new Amount(Rupees.ZERO);

    static Discount amount(BigDecimal rupees) {
        return new Amount(Rupees.exact(rupees, "discount amount"));
    }

    static Discount percent(BigDecimal percent) {
        return new Percent(percent);
    }

    /** The discount in rupees on a line's gross amount; never more than the gross amount. */
    BigDecimal on(BigDecimal gross);

    record Amount(BigDecimal rupees) implements Discount {
        @Override
        public BigDecimal on(BigDecimal gross) {
            if (rupees.compareTo(gross) > 0) {
                throw new GstRuleViolation(GstRuleViolation.Code.INVALID_LINE,
                        "discount " + rupees + " is more than the line's amount " + gross);
            }
            return rupees;
        }
    }

    record Percent(BigDecimal percent) implements Discount {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public Percent {
            if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
                throw new GstRuleViolation(GstRuleViolation.Code.INVALID_LINE,
                        "a discount percentage is between 0 and 100, was " + percent);
            }
        }

        @Override
        public BigDecimal on(BigDecimal gross) {
            return Rupees.round(gross.multiply(percent).movePointLeft(2));
        }
    }
}
