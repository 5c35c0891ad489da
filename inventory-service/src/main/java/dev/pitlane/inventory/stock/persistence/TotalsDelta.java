package dev.pitlane.inventory.stock.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a posting changed in a location's totals: the value (on its business day) and how many items the location
 * has in stock, reserved, in transit, low and negative.
 */
public record TotalsDelta(UUID locationId, LocalDate day, BigDecimal value, int inStock, int reserved, int inTransit,
                          int low, int negative) {

    public TotalsDelta plus(BigDecimal value, int inStock, int reserved, int inTransit, int low, int negative) {
        return new TotalsDelta(locationId, day, this.value.add(value), this.inStock + inStock,
                this.reserved + reserved, this.inTransit + inTransit, this.low + low, this.negative + negative);
    }

    public boolean isZero() {
        return value.signum() == 0 && inStock == 0 && reserved == 0 && inTransit == 0 && low == 0 && negative == 0;
    }
}
