package dev.pitlane.inventory.stock.application;

import java.math.BigDecimal;
import java.util.UUID;

/** What a location holds, in one line: how many items are in stock, reserved, in transit, low; and the value. */
public record LocationSummary(UUID locationId, String code, String name, long itemsInStock, long itemsReserved,
                              long itemsInTransit, long itemsLow, long itemsNegative, BigDecimal value) {
}
