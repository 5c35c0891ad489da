package dev.pitlane.procurement.purchaseorder.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** A line to put on a draft: the item as the client knows it (sku and description are a snapshot). */
public record NewLine(UUID itemId, String sku, String description, BigDecimal quantity, BigDecimal unitPrice,
                      BigDecimal taxRate) {
}
