package dev.pitlane.procurement.partsissue.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What the store counted for one dispatched line; received + damaged + short must equal what was dispatched. */
public record LineReceipt(UUID lineId, BigDecimal received, BigDecimal damaged, BigDecimal shortQuantity) {
}
