package dev.pitlane.procurement.supplier.application;

import java.math.BigDecimal;
import java.util.UUID;

/** The preferred (active) supplier of an item with its agreed price: where reorder suggestions go. */
public record PreferredPart(UUID supplierId, UUID itemId, String itemSku, String itemName, String supplierPartNumber,
                            BigDecimal unitPrice, BigDecimal taxRate) {
}
