package dev.pitlane.e2e;

import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.e2e.Flows.CENTRAL;
import static dev.pitlane.e2e.Flows.num;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of the headline flow as the chaos test repeats it: a PO of two items (one this flow's own, one "hot" item
 * shared with other flows so their postings contend for the same balance rows) received at the central warehouse
 * in two parts, then a parts issue to a store, dispatched and received with the hot line two short. It remembers
 * its documents so the ledger can be checked against exactly the rows it should have caused.
 */
final class ConcurrentPartsFlow {

    static final int OWN_ORDERED = 10;
    static final int OWN_FIRST_RECEIPT = 6;
    static final int HOT_ORDERED = 20;
    static final int OWN_ISSUED = 5;
    static final int HOT_ISSUED = 8;
    static final int HOT_SHORT = 2;
    /** Longer than a broker or inventory restart on a loaded machine. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(240);

    /** Who does what: the users the gateway rate-limits separately, readers apart from writers. */
    record Clients(RetryingHttp admin, RetryingHttp procurement, RetryingHttp storekeeper, RetryingHttp advisor,
                   RetryingHttp accountant) {
    }

    record Item(String id, String sku) {
    }

    record Store(String serviceCenterId, String locationId) {
    }

    final Item own;
    final Item hot;
    final Store store;
    private final String supplierId;
    String purchaseOrder;
    String firstReceipt;
    String secondReceipt;
    String partsIssue;

    ConcurrentPartsFlow(Item own, Item hot, Store store, String supplierId) {
        this.own = own;
        this.hot = hot;
        this.store = store;
        this.supplierId = supplierId;
    }

    void run(Clients c) {
        TestHttp.Response po = c.procurement().post("/api/v1/purchase-orders", """
                {"supplierId":"%s","deliveryLocationId":"%s","lines":[
                 {"itemId":"%s","sku":"%s","description":"own part","quantity":%d,"unitPrice":100.00,"taxRate":18},
                 {"itemId":"%s","sku":"%s","description":"hot part","quantity":%d,"unitPrice":50.00,"taxRate":18}]}"""
                .formatted(supplierId, CENTRAL, own.id(), own.sku(), OWN_ORDERED, hot.id(), hot.sku(), HOT_ORDERED),
                201);
        purchaseOrder = po.json("$.id");
        String ownLine = po.json("$.lines[0].id");
        String hotLine = po.json("$.lines[1].id");
        String path = "/api/v1/purchase-orders/" + purchaseOrder;
        c.procurement().post(path + "/submit", "{}", 200);
        c.admin().post(path + "/approve", "{}", 200);
        c.procurement().post(path + "/order", "{}", 200);
        firstReceipt = c.storekeeper().post(path + "/receipts", """
                {"deliveryNoteNumber":"DN-1","lines":[{"lineId":"%s","receivedQuantity":%d},
                 {"lineId":"%s","receivedQuantity":%d}]}"""
                .formatted(ownLine, OWN_FIRST_RECEIPT, hotLine, HOT_ORDERED), 201).json("$.id");
        secondReceipt = c.storekeeper().post(path + "/receipts", """
                {"deliveryNoteNumber":"DN-2","lines":[{"lineId":"%s","receivedQuantity":%d}]}"""
                .formatted(ownLine, OWN_ORDERED - OWN_FIRST_RECEIPT), 201).json("$.id");

        // Both receipts are on the shelf once the own item shows all of them: only then is the approval sure to
        // find the stock (the approval travels on another topic and could overtake the receipts)
        Await.until("PO " + purchaseOrder + " on the central shelf", EVENTUALLY, Duration.ofMillis(500),
                () -> c.accountant().get("/api/v1/stock?itemId=" + own.id() + "&locationId=" + CENTRAL),
                r -> r.status() == 200 && onHand(r) == OWN_ORDERED);

        TestHttp.Response issue = c.advisor().post("/api/v1/parts-issues", """
                {"serviceCenterId":"%s","fromLocationId":"%s","toLocationId":"%s","lines":[
                 {"itemId":"%s","sku":"%s","description":"own part","quantity":%d},
                 {"itemId":"%s","sku":"%s","description":"hot part","quantity":%d}]}"""
                .formatted(store.serviceCenterId(), CENTRAL, store.locationId(), own.id(), own.sku(), OWN_ISSUED,
                        hot.id(), hot.sku(), HOT_ISSUED), 201);
        partsIssue = issue.json("$.id");
        String ownIssueLine = issue.json("$.lines[0].id");
        String hotIssueLine = issue.json("$.lines[1].id");
        String issuePath = "/api/v1/parts-issues/" + partsIssue;
        c.procurement().post(issuePath + "/approve", "{}", 200);
        Await.until("parts issue " + partsIssue + " APPROVED", EVENTUALLY, Duration.ofMillis(300),
                () -> c.advisor().get(issuePath), r -> {
                    // a rejection would mean inventory lost or misread the receipts: say so now, not at the timeout
                    assertThat(r.<String>json("$.status")).as(r.toString()).isNotEqualTo("REJECTED");
                    return r.status() == 200 && "APPROVED".equals(r.json("$.status"));
                });
        c.storekeeper().post(issuePath + "/dispatch", """
                {"carrier":"Blue Dart","trackingNumber":"BD-%s"}""".formatted(partsIssue), 200);
        c.storekeeper().post(issuePath + "/receipts", """
                {"lines":[{"lineId":"%s","receivedQuantity":%d},
                          {"lineId":"%s","receivedQuantity":%d,"shortQuantity":%d}]}"""
                .formatted(ownIssueLine, OWN_ISSUED, hotIssueLine, HOT_ISSUED - HOT_SHORT, HOT_SHORT), 200);
    }

    /** The ledger rows each of this flow's documents must have caused in inventory, once each. */
    Map<String, List<String>> expectedLedger() {
        String to = store.locationId();
        return Map.of(
                firstReceipt, List.of(row("IN", own.id(), CENTRAL, OWN_FIRST_RECEIPT, 0),
                        row("IN", hot.id(), CENTRAL, HOT_ORDERED, 0)),
                secondReceipt, List.of(row("IN", own.id(), CENTRAL, OWN_ORDERED - OWN_FIRST_RECEIPT, 0)),
                partsIssue, List.of(
                        row("TRANSFER", own.id(), CENTRAL, -OWN_ISSUED, 0),
                        row("TRANSFER", own.id(), to, 0, OWN_ISSUED),
                        row("TRANSFER", own.id(), to, OWN_ISSUED, -OWN_ISSUED),
                        row("TRANSFER", hot.id(), CENTRAL, -HOT_ISSUED, 0),
                        row("TRANSFER", hot.id(), to, 0, HOT_ISSUED),
                        row("TRANSFER", hot.id(), to, HOT_ISSUED - HOT_SHORT, -(HOT_ISSUED - HOT_SHORT)),
                        row("ADJUSTMENT", hot.id(), to, 0, -HOT_SHORT)));
    }

    static String row(String type, String item, String location, int quantity, int inTransit) {
        return type + " item=" + item + " at=" + location + " qty=" + quantity + " transit=" + inTransit;
    }

    /** A ledger entry of the movements API in the form of {@link #row}. */
    static String row(Map<String, Object> entry) {
        return entry.get("type") + " item=" + entry.get("itemId") + " at=" + entry.get("locationId") + " qty="
                + num(entry.get("quantity")).intValueExact() + " transit="
                + num(entry.get("inTransitDelta")).intValueExact();
    }

    private static int onHand(TestHttp.Response stock) {
        List<Map<String, Object>> levels = stock.json("$.items");
        return levels.isEmpty() ? 0 : num(levels.get(0).get("onHand")).intValueExact();
    }

    static List<String> rows(List<Map<String, Object>> entries) {
        List<String> rows = new ArrayList<>();
        entries.forEach(e -> rows.add(row(e)));
        return rows;
    }

    static String newSku() {
        return "CHAOS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
