package dev.pitlane.inventory.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/**
 * Converts a quantity given in one unit into the item's base unit. A unit converts when it is the base unit, is
 * derived from it (box of 12 pcs: factor 12), is the unit the base is derived from, or shares its base with it.
 */
public final class UnitConversion {

    public record UnitFacts(UUID id, UUID baseUnitId, BigDecimal factor, boolean fractional) {
        /** How many of the root unit one of this unit is. */
        BigDecimal toRoot() {
            return baseUnitId == null ? BigDecimal.ONE : factor;
        }

        UUID root() {
            return baseUnitId == null ? id : baseUnitId;
        }
    }

    private UnitConversion() {
    }

    /**
     * @return the quantity in {@code target}, or empty when the units are unrelated
     * @throws IllegalArgumentException when the result would need more than three decimals, or a fraction of a
     *                                  counted unit
     */
    public static Optional<BigDecimal> convert(BigDecimal quantity, UnitFacts from, UnitFacts target) {
        if (from.id().equals(target.id())) {
            return Optional.of(checked(quantity, target));
        }
        if (!from.root().equals(target.root())) {
            return Optional.empty();
        }
        BigDecimal inRoot = quantity.multiply(from.toRoot());
        BigDecimal converted = inRoot.divide(target.toRoot(), 9, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return Optional.of(checked(converted, target));
    }

    private static BigDecimal checked(BigDecimal quantity, UnitFacts unit) {
        BigDecimal q = quantity.stripTrailingZeros();
        if (q.scale() > 3) {
            throw new IllegalArgumentException("converts to more than three decimals of the item's unit");
        }
        if (!unit.fractional() && q.scale() > 0) {
            throw new IllegalArgumentException("must be a whole number of the item's unit");
        }
        return q.setScale(3, RoundingMode.UNNECESSARY);
    }
}
