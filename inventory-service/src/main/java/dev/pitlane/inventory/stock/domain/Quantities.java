package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Quantities have three decimals; money four. Both are normalised here so that comparisons are exact. */
public final class Quantities {

    public static final int QUANTITY_SCALE = 3;
    public static final int MONEY_SCALE = 4;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(QUANTITY_SCALE);

    private Quantities() {
    }

    /** @throws IllegalArgumentException for more than three decimals */
    public static BigDecimal quantity(BigDecimal value) {
        try {
            return value.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("at most " + QUANTITY_SCALE + " decimals");
        }
    }

    public static BigDecimal money(BigDecimal value) {
        return value.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    public static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
