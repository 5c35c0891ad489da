package dev.pitlane.e2e;

import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.e2e.Responses.ok;

/** The steps of the parts flow as the API offers them, shared by the flow test and the restart test. */
final class Flows {

    static final String CENTRAL = "7e57da7a-0000-4000-8000-000000000201";
    static final String ANDHERI_STORE = "7e57da7a-0000-4000-8000-000000000202";
    static final String ANDHERI = "7e57da7a-0000-4000-8000-000000000101";
    static final String WHITEFIELD = "7e57da7a-0000-4000-8000-000000000102";
    static final String WHITEFIELD_STORE = "7e57da7a-0000-4000-8000-000000000203";
    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    final TestHttp admin;
    final TestHttp procurement;
    final TestHttp storekeeper;

    Flows() {
        admin = E2eSuite.as("admin@demo-motors.local");
        procurement = E2eSuite.as("procurement@demo-motors.local");
        storekeeper = E2eSuite.as("storekeeper@demo-motors.local");
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    String pcsUnit() {
        List<Map<String, Object>> units = ok(admin.get("/api/v1/units?size=200"), 200).json("$.items");
        return units.stream().filter(u -> "pcs".equals(u.get("code"))).map(u -> (String) u.get("id")).findFirst()
                .orElseThrow();
    }

    String createItem(String unitId, String name) {
        String sku = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return ok(admin.post("/api/v1/items", """
                {"sku":"%s","partNumber":"PN-%s","name":"%s","brand":"Bosch India","unitId":"%s","hsnCode":"8708",
                 "gstRate":28}""".formatted(sku, sku, name, unitId)), 201).json("$.id");
    }

    String sku(String itemId) {
        return ok(admin.get("/api/v1/items/" + itemId), 200).json("$.sku");
    }

    String createSupplier() {
        return ok(procurement.post("/api/v1/suppliers", """
                {"name":"Bosch India %s","contactName":"R. Iyer","email":"orders@bosch.example","phone":"+91 80 2222 0000",
                 "paymentTermsDays":30,"leadTimeDays":7}""".formatted(UUID.randomUUID().toString().substring(0, 6))),
                201).json("$.id");
    }

    /** Raises, approves and orders a PO of {@code quantities} at {@code unitPrices}; returns the PO. */
    TestHttp.Response orderedPurchaseOrder(String supplierId, List<String> items, List<Integer> quantities,
                                           List<String> unitPrices) {
        String po = draftPurchaseOrder(procurement, supplierId, items, quantities, unitPrices);
        ok(procurement.post("/api/v1/purchase-orders/" + po + "/submit", "{}", "Idempotency-Key", key()), 200);
        ok(admin.post("/api/v1/purchase-orders/" + po + "/approve", "{}", "Idempotency-Key", key()), 200);
        return ok(procurement.post("/api/v1/purchase-orders/" + po + "/order", "{}", "Idempotency-Key", key()), 200);
    }

    /** A DRAFT PO raised by {@code as}; returns its id. */
    String draftPurchaseOrder(TestHttp as, String supplierId, List<String> items, List<Integer> quantities,
                              List<String> unitPrices) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                lines.append(',');
            }
            lines.append("""
                    {"itemId":"%s","sku":"%s","description":"part %d","quantity":%d,"unitPrice":%s,"taxRate":18}"""
                    .formatted(items.get(i), sku(items.get(i)), i, quantities.get(i), unitPrices.get(i)));
        }
        return ok(as.post("/api/v1/purchase-orders", """
                {"supplierId":"%s","deliveryLocationId":"%s","lines":[%s]}""".formatted(supplierId, CENTRAL, lines)),
                201).json("$.id");
    }

    TestHttp.Response receive(String po, Map<String, Integer> lineQuantities) {
        StringBuilder lines = new StringBuilder();
        lineQuantities.forEach((line, q) -> lines.append(lines.isEmpty() ? "" : ",")
                .append("{\"lineId\":\"").append(line).append("\",\"receivedQuantity\":").append(q).append('}'));
        return ok(storekeeper.post("/api/v1/purchase-orders/" + po + "/receipts",
                "{\"deliveryNoteNumber\":\"DN-" + key().substring(0, 6) + "\",\"lines\":[" + lines + "]}",
                "Idempotency-Key", key()), 201);
    }

    Map<String, Object> stock(String itemId, String locationId) {
        List<Map<String, Object>> levels = ok(admin.get("/api/v1/stock?itemId=" + itemId + "&locationId="
                + locationId), 200).json("$.items");
        return levels.isEmpty() ? Map.of("onHand", 0, "reserved", 0, "inTransit", 0, "available", 0)
                : levels.get(0);
    }

    static BigDecimal num(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    /** Waits until the item's balance at the location shows these on-hand, reserved and in-transit figures. */
    Map<String, Object> awaitStock(String itemId, String locationId, int onHand, int reserved, int inTransit) {
        return Await.until("stock of " + itemId + " at " + locationId + " = " + onHand + "/" + reserved + "/"
                        + inTransit, EVENTUALLY, () -> stock(itemId, locationId),
                s -> num(s.get("onHand")).compareTo(BigDecimal.valueOf(onHand)) == 0
                        && num(s.get("reserved")).compareTo(BigDecimal.valueOf(reserved)) == 0
                        && num(s.get("inTransit")).compareTo(BigDecimal.valueOf(inTransit)) == 0);
    }

    String requestPartsIssue(List<String> items, List<Integer> quantities) {
        return requestPartsIssue(admin, ANDHERI, ANDHERI_STORE, items, quantities);
    }

    /** A parts issue requested by {@code as} for a service center's store; returns its id. */
    String requestPartsIssue(TestHttp as, String serviceCenter, String store, List<String> items,
                             List<Integer> quantities) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            lines.append(i > 0 ? "," : "").append("""
                    {"itemId":"%s","sku":"%s","description":"part %d","quantity":%d}"""
                    .formatted(items.get(i), sku(items.get(i)), i, quantities.get(i)));
        }
        return ok(as.post("/api/v1/parts-issues", """
                {"serviceCenterId":"%s","fromLocationId":"%s","toLocationId":"%s","lines":[%s]}"""
                .formatted(serviceCenter, CENTRAL, store, lines), "Idempotency-Key", key()), 201).json("$.id");
    }

    TestHttp.Response awaitIssueStatus(String issueId, String status) {
        return Await.until("parts issue " + issueId + " " + status, EVENTUALLY,
                () -> admin.get("/api/v1/parts-issues/" + issueId), r -> status.equals(r.json("$.status")));
    }
}
