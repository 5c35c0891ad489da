package dev.pitlane.billing.receivable.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one customer owes, by the age of each invoice's balance in days since its invoice date (no credit terms:
 * an invoice is due when issued), and the advances they hold.
 */
public record CustomerAgeing(UUID customerId, int openInvoices, BigDecimal days0To30, BigDecimal days31To60,
                             BigDecimal days61To90, BigDecimal over90Days, BigDecimal totalDue, BigDecimal advances) {
}
