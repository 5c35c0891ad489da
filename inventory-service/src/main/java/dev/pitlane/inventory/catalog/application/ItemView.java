package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.domain.TrackingMode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record ItemView(UUID id, String sku, String partNumber, String name, String description, String brand,
                       UUID categoryId, UUID unitId, String hsnCode, BigDecimal gstRate, String barcode,
                       BigDecimal standardCost, BigDecimal lastPurchaseCost, BigDecimal sellingPrice,
                       TrackingMode trackingMode, Integer shelfLifeDays, UUID supersededById, boolean deleted,
                       long version, Instant createdAt, Instant updatedAt) {
}
