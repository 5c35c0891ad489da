package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.stock.domain.Quantities;
import dev.pitlane.platform.domain.DomainException;

import java.math.BigDecimal;

/** The quantities a move may carry, as the client sent them: in the item's unit, three decimals at most. */
final class MoveQuantities {

    private MoveQuantities() {
    }

    static BigDecimal positive(BigDecimal value, ItemFacts item) {
        BigDecimal q = quantity(value, item);
        if (q.signum() <= 0) {
            throw DomainException.invalidField("quantity", "Positive", "must be greater than 0");
        }
        return q;
    }

    /** A quantity of the item's unit: three decimals at most, whole for a counted unit. */
    static BigDecimal quantity(BigDecimal value, ItemFacts item) {
        if (value == null) {
            throw DomainException.invalidField("quantity", "NotNull", "is required");
        }
        BigDecimal q;
        try {
            q = Quantities.quantity(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("quantity", "Scale", e.getMessage());
        }
        if (!item.fractional() && !Quantities.isWhole(q)) {
            throw DomainException.invalidField("quantity", "Whole", "must be a whole number of the item's unit");
        }
        return q;
    }

    /** Serial-tracked items move in whole units, one serial number each. */
    static int wholeCount(BigDecimal qty) {
        if (!Quantities.isWhole(qty)) {
            throw DomainException.invalidField("quantity", "Whole", "serial-tracked items move in whole units");
        }
        return qty.intValueExact();
    }
}
