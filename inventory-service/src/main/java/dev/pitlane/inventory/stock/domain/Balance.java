package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;

/**
 * The stock of one item at one location. {@code available = onHand - reserved} is derived, never stored.
 *
 * @param negativeAllowed the organization lets on hand go below zero (and below what is reserved)
 */
public record Balance(BigDecimal onHand, BigDecimal reserved, BigDecimal inTransit, BigDecimal value,
                      boolean negativeAllowed) {

    public static Balance empty(boolean negativeAllowed) {
        return new Balance(Quantities.ZERO, Quantities.ZERO, Quantities.ZERO, BigDecimal.ZERO.setScale(4),
                negativeAllowed);
    }

    public BigDecimal available() {
        return onHand.subtract(reserved);
    }

    public Balance plus(BigDecimal onHandDelta, BigDecimal reservedDelta, BigDecimal inTransitDelta,
                        BigDecimal valueDelta) {
        return new Balance(onHand.add(onHandDelta), reserved.add(reservedDelta), inTransit.add(inTransitDelta),
                value.add(valueDelta), negativeAllowed);
    }

    /** What this balance breaks, or null when it keeps every rule. */
    public String violation() {
        if (reserved.signum() < 0) {
            return "more released or consumed than was reserved";
        }
        if (inTransit.signum() < 0) {
            return "more received from transit than is in transit";
        }
        if (!negativeAllowed && onHand.signum() < 0) {
            return "on hand would fall below zero";
        }
        if (!negativeAllowed && reserved.compareTo(onHand) > 0) {
            return "on hand would fall below what is reserved";
        }
        return null;
    }

    /** Whether available is below the reorder level (none set: never low). */
    public boolean isLow(BigDecimal reorderLevel) {
        return reorderLevel != null && available().compareTo(reorderLevel) < 0;
    }
}
