package dev.pitlane.inventory.catalog.application;

import dev.pitlane.inventory.catalog.domain.TrackingMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An item's fields as the import compares them (numbers without trailing zeros, so 1553.00 equals 1553), with its
 * version and the day its current prices took effect (null: no price recorded yet).
 */
public record StoredItem(UUID id, long version, Fields fields, LocalDate pricesSince) {

    public record Fields(String sku, String partNumber, String name, String description, String brand,
                         UUID categoryId, UUID unitId, String hsnCode, BigDecimal gstRate, BigDecimal sellingPrice,
                         BigDecimal standardCost, String barcode, TrackingMode trackingMode, Integer shelfLifeDays,
                         UUID supersededById) {

        public Fields {
            gstRate = plain(gstRate);
            sellingPrice = plain(sellingPrice);
            standardCost = plain(standardCost);
        }

        public boolean samePrices(Fields other) {
            return java.util.Objects.equals(sellingPrice, other.sellingPrice)
                    && java.util.Objects.equals(standardCost, other.standardCost);
        }

        private static BigDecimal plain(BigDecimal d) {
            if (d == null) {
                return null;
            }
            BigDecimal s = d.stripTrailingZeros();
            return s.scale() < 0 ? s.setScale(0) : s;
        }
    }
}
