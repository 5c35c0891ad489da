package dev.pitlane.workshop.jobcard.application;

import dev.pitlane.workshop.jobcard.domain.LineKind;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A new line. Labour from a canned job takes its name, SAC and standard hours, at the center's labour rate; free
 * labour names its description, SAC and hours. A part names the inventory item, its HSN, quantity and price.
 */
public record LineRequest(LineKind kind, UUID cannedJobId, UUID itemId, String description, String taxCode,
                          BigDecimal quantity, BigDecimal unitPrice) {
}
