package dev.pitlane.reporting.stock.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Stock moved at one location for one item in a period (a day {@code 2026-12-07}, a month {@code 2026-12}, or null
 * for the whole period). Quantities are in the item's base unit; values in the organization's currency.
 */
public record StockMovementRow(String period, UUID itemId, UUID locationId, BigDecimal quantityIn,
                               BigDecimal quantityOut, BigDecimal netQuantity, BigDecimal valueIn,
                               BigDecimal valueOut, long movements) {
}
