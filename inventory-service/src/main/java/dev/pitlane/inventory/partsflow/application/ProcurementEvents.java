package dev.pitlane.inventory.partsflow.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * inventory-service's own reading of procurement's events (contracts/events/procurement-service): only the fields
 * it uses; anything else a newer producer adds is ignored.
 */
public final class ProcurementEvents {

    private ProcurementEvents() {
    }

    public record PurchaseOrderReceived(UUID purchaseOrderId, UUID receiptId, UUID supplierId, UUID locationId,
                                        Instant receivedAt, List<ReceivedLine> lines) {
    }

    public record ReceivedLine(UUID lineId, UUID itemId, BigDecimal quantity, BigDecimal unitCost, String currency) {
    }

    public record PartsIssueApproved(UUID partsIssueId, String number, UUID fromLocationId, UUID toLocationId,
                                     UUID serviceCenterId, List<IssueLine> lines) {
    }

    public record IssueLine(UUID lineId, UUID itemId, BigDecimal quantity) {
    }

    public record PartsIssueDispatched(UUID partsIssueId, UUID shipmentId, UUID fromLocationId, UUID toLocationId,
                                       List<IssueLine> lines) {
    }

    public record PartsIssueReceived(UUID partsIssueId, UUID shipmentId, UUID fromLocationId, UUID toLocationId,
                                     List<ReceiptLine> lines) {
    }

    public record ReceiptLine(UUID lineId, UUID itemId, BigDecimal dispatchedQuantity, BigDecimal receivedQuantity,
                              BigDecimal damagedQuantity, BigDecimal shortQuantity) {
    }

    public record PartsIssueCancelled(UUID partsIssueId, String reason) {
    }
}
