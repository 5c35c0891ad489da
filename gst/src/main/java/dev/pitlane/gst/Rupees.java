package dev.pitlane.gst;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in this module: rupees with two decimals (paise), rounded half up. Every rounding of an amount goes through
 * here, so nothing can round half-even by accident.
 */
public final class Rupees {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Rupees() {
    }

    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** An amount given by a caller: at most two decimals (a price is never silently rounded), never negative. */
    static BigDecimal exact(BigDecimal amount, String what) {
        if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > SCALE) {
            throw new GstRuleViolation(GstRuleViolation.Code.INVALID_LINE,
                    what + " must be a non-negative amount in rupees with at most 2 decimals, was " + amount);
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
