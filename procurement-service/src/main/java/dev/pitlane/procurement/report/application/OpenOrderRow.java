package dev.pitlane.procurement.report.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An order not finished yet, with what is still to come: {@code outstandingAmount} is the net value of the
 * quantities not yet received, at order prices. {@code daysOverdue} is set in the overdue report.
 */
public record OpenOrderRow(UUID purchaseOrderId, String number, UUID supplierId, String supplierName, String status,
                           BigDecimal total, Instant createdAt, Instant orderedAt, LocalDate expectedDeliveryDate,
                           int outstandingLines, BigDecimal outstandingAmount, Integer daysOverdue) {
}
