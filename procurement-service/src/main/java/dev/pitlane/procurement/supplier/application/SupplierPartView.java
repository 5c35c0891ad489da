package dev.pitlane.procurement.supplier.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record SupplierPartView(UUID supplierId, String supplierName, UUID itemId, String itemSku, String itemName,
                               String supplierPartNumber, BigDecimal unitPrice, BigDecimal taxRate, boolean preferred,
                               Instant updatedAt) {
}
