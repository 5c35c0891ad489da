package dev.pitlane.reporting.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The data of the events reporting reads, shaped as their producers' contracts say. */
public final class Events {

    private Events() {
    }

    /** An on-hand movement of {@code quantity} worth {@code valueDelta}, leaving {@code onHand} worth {@code value}. */
    public static Map<String, Object> stockChanged(UUID item, UUID location, String type, String quantity,
                                                   String onHand, String valueDelta, String value) {
        Map<String, Object> data = new HashMap<>();
        data.put("itemId", item.toString());
        data.put("locationId", location.toString());
        data.put("movementId", UUID.randomUUID().toString());
        data.put("movementType", type);
        data.put("quantityDelta", new BigDecimal(quantity));
        data.put("onHand", new BigDecimal(onHand));
        data.put("reserved", BigDecimal.ZERO);
        data.put("available", new BigDecimal(onHand));
        data.put("inTransit", BigDecimal.ZERO);
        data.put("sourceDocumentType", "MANUAL");
        data.put("valueDelta", new BigDecimal(valueDelta));
        data.put("value", new BigDecimal(value));
        data.put("effectiveAt", Instant.now().toString());
        return data;
    }

    public static Map<String, Object> stockLow(UUID item, UUID location, String available, String reorderLevel) {
        return Map.of("itemId", item.toString(), "locationId", location.toString(),
                "available", new BigDecimal(available), "reorderLevel", new BigDecimal(reorderLevel),
                "reorderQuantity", BigDecimal.TEN);
    }

    /** A receipt line as procurement publishes it now (with its own net and tax). */
    public static Map<String, Object> receivedLine(UUID item, String quantity, String unitCost, String taxRate,
                                                   String net, String tax) {
        Map<String, Object> line = new HashMap<>(olderReceivedLine(item, quantity, unitCost));
        line.put("sku", "SKU-" + item.toString().substring(0, 8));
        line.put("taxRate", new BigDecimal(taxRate));
        line.put("netAmount", new BigDecimal(net));
        line.put("taxAmount", new BigDecimal(tax));
        return line;
    }

    /** A receipt line as procurement published it before net and tax were added to the event. */
    public static Map<String, Object> olderReceivedLine(UUID item, String quantity, String unitCost) {
        return Map.of("lineId", UUID.randomUUID().toString(), "itemId", item.toString(),
                "quantity", new BigDecimal(quantity), "unitCost", new BigDecimal(unitCost), "currency", "INR");
    }

    public static Map<String, Object> purchaseOrderReceived(UUID purchaseOrder, UUID supplier, UUID location,
                                                            Instant receivedAt, List<Map<String, Object>> lines) {
        return Map.of("purchaseOrderId", purchaseOrder.toString(), "purchaseOrderNumber", "PO-000001",
                "receiptId", UUID.randomUUID().toString(), "receiptNumber", "GR-000001",
                "supplierId", supplier.toString(), "locationId", location.toString(),
                "receivedAt", receivedAt.toString(), "lines", lines);
    }

    public static Map<String, Object> customerCreated(UUID customer) {
        return Map.of("customerId", customer.toString(), "type", "INDIVIDUAL", "name", "Asha Rao",
                "phone", "+919820000001", "smsConsent", true, "emailConsent", false, "version", 0);
    }
}
