package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.domain.TrackingMode;

import java.math.BigDecimal;
import java.util.UUID;

/** What the stock engine needs to know of an item. */
public record ItemFacts(UUID id, UUID unitId, boolean fractional, TrackingMode trackingMode, Integer shelfLifeDays,
                        BigDecimal standardCost, boolean deleted) {
}
