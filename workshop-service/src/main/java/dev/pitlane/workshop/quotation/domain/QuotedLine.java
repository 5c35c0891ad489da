package dev.pitlane.workshop.quotation.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A job card line as a quotation prices it: SAC (labour) or HSN (part), quantity, unit price before tax and the
 * discount in percent (zero for none).
 */
public record QuotedLine(UUID jobLineId, String description, String taxCode, BigDecimal quantity,
                         BigDecimal unitPrice, BigDecimal discountPercent) {
}
