package dev.pitlane.inventory.valuation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The value of the stock owned at the end of a business day, per location (in transit counts at its destination). */
public record Valuation(LocalDate asOf, String valuationMethod, BigDecimal totalValue, List<LocationValue> locations) {

    public record LocationValue(UUID locationId, String code, String name, BigDecimal value) {
    }
}
