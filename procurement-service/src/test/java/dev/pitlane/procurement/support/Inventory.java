package dev.pitlane.procurement.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.procurement.support.InventorySimulator.RESERVATIONS;
import static dev.pitlane.procurement.support.InventorySimulator.STOCK;
import static dev.pitlane.procurement.support.InventorySimulator.envelope;

/**
 * Fixtures of inventory's events, each checked against inventory's contract when built. Reservation events are
 * keyed by the parts issue, as inventory publishes them, so the answers about one issue arrive in order.
 */
public final class Inventory {

    private Inventory() {
    }

    public static InventorySimulator.Envelope stockReserved(UUID org, UUID partsIssueId, UUID reservationId,
                                                            List<ReservedLine> lines) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reservationId", reservationId.toString());
        data.put("referenceType", "PARTS_ISSUE");
        data.put("referenceId", partsIssueId.toString());
        data.put("locationId", Org.CENTRAL_WAREHOUSE.toString());
        data.put("partial", lines.stream().anyMatch(l -> l.reserved().compareTo(l.requested()) < 0));
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReservedLine l : lines) {
            out.add(Map.of("lineId", l.lineId().toString(), "itemId", l.itemId().toString(),
                    "requestedQuantity", l.requested(), "reservedQuantity", l.reserved()));
        }
        data.put("lines", out);
        return envelope(RESERVATIONS, org, "Reservation", partsIssueId, "StockReserved", data);
    }

    /** A reservation inventory made for a job card: not ours to act on. */
    public static InventorySimulator.Envelope jobCardReserved(UUID org, UUID jobCard, UUID itemId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reservationId", UUID.randomUUID().toString());
        data.put("referenceType", "JOB_CARD");
        data.put("referenceId", jobCard.toString());
        data.put("locationId", Org.ANDHERI_STORE.toString());
        data.put("partial", false);
        data.put("lines", List.of(Map.of("itemId", itemId.toString(), "requestedQuantity", BigDecimal.ONE,
                "reservedQuantity", BigDecimal.ONE)));
        return envelope(RESERVATIONS, org, "Reservation", jobCard, "StockReserved", data);
    }

    public record ReservedLine(UUID lineId, UUID itemId, BigDecimal requested, BigDecimal reserved) {
    }

    public static InventorySimulator.Envelope reservationRejected(UUID org, UUID partsIssueId, UUID lineId,
                                                                  UUID itemId, BigDecimal requested) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referenceType", "PARTS_ISSUE");
        data.put("referenceId", partsIssueId.toString());
        data.put("locationId", Org.CENTRAL_WAREHOUSE.toString());
        data.put("reason", "INSUFFICIENT_STOCK");
        data.put("lines", List.of(Map.of("lineId", lineId.toString(), "itemId", itemId.toString(),
                "requestedQuantity", requested, "availableQuantity", BigDecimal.ZERO)));
        return envelope(RESERVATIONS, org, "Reservation", partsIssueId, "ReservationRejected", data);
    }

    public static InventorySimulator.Envelope reservationReleased(UUID org, UUID partsIssueId, UUID reservationId,
                                                                  UUID itemId, BigDecimal quantity) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reservationId", reservationId.toString());
        data.put("referenceType", "PARTS_ISSUE");
        data.put("referenceId", partsIssueId.toString());
        data.put("lines", List.of(Map.of("itemId", itemId.toString(), "quantity", quantity)));
        return envelope(RESERVATIONS, org, "Reservation", partsIssueId, "ReservationReleased", data);
    }

    public static InventorySimulator.Envelope stockLow(UUID org, UUID itemId, UUID locationId, BigDecimal available,
                                                       BigDecimal reorderLevel, BigDecimal reorderQuantity) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("itemId", itemId.toString());
        data.put("locationId", locationId.toString());
        data.put("available", available);
        data.put("reorderLevel", reorderLevel);
        data.put("reorderQuantity", reorderQuantity);
        return envelope(STOCK, org, "Stock", itemId, "StockLow", data);
    }

    /** Inventory's other event on the stock topic, which this service must skip. */
    public static InventorySimulator.Envelope stockChanged(UUID org, UUID itemId, UUID locationId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("itemId", itemId.toString());
        data.put("locationId", locationId.toString());
        data.put("movementId", UUID.randomUUID().toString());
        data.put("movementType", "IN");
        data.put("quantityDelta", BigDecimal.ONE);
        data.put("onHand", BigDecimal.ONE);
        data.put("reserved", BigDecimal.ZERO);
        data.put("available", BigDecimal.ONE);
        data.put("inTransit", BigDecimal.ZERO);
        data.put("sourceDocumentType", "PURCHASE_ORDER");
        data.put("sourceDocumentId", UUID.randomUUID().toString());
        return envelope(STOCK, org, "Stock", itemId, "StockChanged", data);
    }
}
