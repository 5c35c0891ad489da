package dev.pitlane.inventory.stock.domain;

import java.math.BigDecimal;

/**
 * StockLow fires once per crossing: when available goes from at-or-above the reorder level to below it. It re-arms
 * only when available is back at or above the level.
 */
public final class StockLowRule {

    public enum Outcome { CROSSED_BELOW, RECOVERED, UNCHANGED }

    private StockLowRule() {
    }

    public static Outcome evaluate(boolean flaggedLow, BigDecimal available, BigDecimal reorderLevel) {
        boolean low = reorderLevel != null && available.compareTo(reorderLevel) < 0;
        if (low && !flaggedLow) {
            return Outcome.CROSSED_BELOW;
        }
        if (!low && flaggedLow) {
            return Outcome.RECOVERED;
        }
        return Outcome.UNCHANGED;
    }
}
