package dev.pitlane.procurement.partsissue.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** An item a service center asks for; sku and description are the client's snapshot of inventory's item. */
public record RequestedLine(UUID itemId, String sku, String description, BigDecimal quantity) {
}
