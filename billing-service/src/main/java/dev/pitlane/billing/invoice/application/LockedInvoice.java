package dev.pitlane.billing.invoice.application;

import dev.pitlane.billing.invoice.domain.InvoiceStatus;
import dev.pitlane.billing.invoice.domain.Settlement;
import java.util.UUID;

/** An issued invoice as money is settled against it, its row locked until the transaction ends. */
public record LockedInvoice(UUID id, String number, UUID customerId, InvoiceStatus status, Settlement settlement) {
}
