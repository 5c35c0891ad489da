package dev.pitlane.procurement.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Quantities travel in the item's base unit with at most three decimals (the event contract's precision). */
public final class Quantities {

    public static final int SCALE = 3;

    private Quantities() {
    }

    public static BigDecimal of(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(SCALE) : value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    public static boolean isPositive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    public static boolean isNegative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
