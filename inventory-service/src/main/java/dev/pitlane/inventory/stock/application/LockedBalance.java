package dev.pitlane.inventory.stock.application;

import dev.pitlane.inventory.catalog.application.ItemFacts;
import dev.pitlane.inventory.location.application.LocationFacts;
import dev.pitlane.inventory.stock.domain.Balance;
import dev.pitlane.inventory.stock.domain.StockKey;

import java.math.BigDecimal;

/** A balance row read FOR UPDATE, with its reorder settings and what its item and location are. */
public record LockedBalance(StockKey key, Balance balance, BigDecimal reorderLevel, BigDecimal reorderQuantity,
                            boolean lowStock, ItemFacts item, LocationFacts location) {
}
