package dev.pitlane.e2e;

import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.pitlane.e2e.Flows.ANDHERI_STORE;
import static dev.pitlane.e2e.Flows.CENTRAL;
import static dev.pitlane.e2e.Flows.key;
import static dev.pitlane.e2e.Flows.num;
import static dev.pitlane.e2e.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headline flow of docs/architecture.md, through the gateway, every service a process of its own, over the real
 * broker: buy parts, receive them in two parts at the central warehouse, send some to a service center, receive
 * them there with one line short.
 */
class PartsFlowE2eTest {

    @Test
    void purchaseReceiveIssueDispatchAndReceiveWithAShortLine() {
        Flows f = new Flows();
        String unit = f.pcsUnit();
        String pads = f.createItem(unit, "Front brake pads E2E");
        String filter = f.createItem(unit, "Oil filter E2E");
        String supplier = f.createSupplier();

        TestHttp.Response po = f.orderedPurchaseOrder(supplier, List.of(pads, filter), List.of(10, 20),
                List.of("100.00", "50.00"));
        assertThat(po.<String>json("$.status")).isEqualTo("ORDERED");
        String poId = po.json("$.id");
        String padsLine = po.json("$.lines[0].id");
        String filterLine = po.json("$.lines[1].id");

        Map<String, Integer> first = new LinkedHashMap<>();
        first.put(padsLine, 6);
        first.put(filterLine, 20);
        f.receive(poId, first);
        assertThat(f.admin.get("/api/v1/purchase-orders/" + poId).<String>json("$.status"))
                .isEqualTo("PARTIALLY_RECEIVED");
        f.receive(poId, Map.of(padsLine, 4));
        assertThat(f.admin.get("/api/v1/purchase-orders/" + poId).<String>json("$.status")).isEqualTo("RECEIVED");

        f.awaitStock(pads, CENTRAL, 10, 0, 0);
        Map<String, Object> filters = f.awaitStock(filter, CENTRAL, 20, 0, 0);
        assertThat(num(filters.get("value"))).isEqualByComparingTo("1000.00");
        assertThat(num(f.stock(pads, CENTRAL).get("value"))).isEqualByComparingTo("1000.00");

        String issue = f.requestPartsIssue(List.of(pads, filter), List.of(5, 8));
        ok(f.procurement.post("/api/v1/parts-issues/" + issue + "/approve", "{}", "Idempotency-Key", key()), 200);
        f.awaitIssueStatus(issue, "APPROVED");
        f.awaitStock(pads, CENTRAL, 10, 5, 0);
        f.awaitStock(filter, CENTRAL, 20, 8, 0);

        TestHttp.Response approved = f.admin.get("/api/v1/parts-issues/" + issue);
        String padsIssueLine = approved.json("$.lines[0].id");
        String filterIssueLine = approved.json("$.lines[1].id");
        ok(f.storekeeper.post("/api/v1/parts-issues/" + issue + "/dispatch",
                "{\"carrier\":\"Blue Dart\",\"trackingNumber\":\"BD" + key().substring(0, 8) + "\"}",
                "Idempotency-Key", key()), 200);
        f.awaitStock(pads, CENTRAL, 5, 0, 0);
        f.awaitStock(filter, CENTRAL, 12, 0, 0);
        f.awaitStock(pads, ANDHERI_STORE, 0, 0, 5);
        f.awaitStock(filter, ANDHERI_STORE, 0, 0, 8);

        ok(f.storekeeper.post("/api/v1/parts-issues/" + issue + "/receipts", """
                {"lines":[{"lineId":"%s","receivedQuantity":5},
                          {"lineId":"%s","receivedQuantity":6,"shortQuantity":2}]}"""
                .formatted(padsIssueLine, filterIssueLine), "Idempotency-Key", key()), 200);
        f.awaitIssueStatus(issue, "RECEIVED_WITH_DISCREPANCY");
        f.awaitStock(pads, ANDHERI_STORE, 5, 0, 0);
        f.awaitStock(filter, ANDHERI_STORE, 6, 0, 0);

        List<Map<String, Object>> discrepancies = ok(f.admin.get("/api/v1/parts-issues/" + issue
                + "/discrepancies"), 200).json("$");
        assertThat(discrepancies).hasSize(1);
        assertThat(num(discrepancies.get(0).get("shortQuantity"))).isEqualByComparingTo(BigDecimal.valueOf(2));

        List<String> filterLedger = ok(f.admin.get("/api/v1/stock/movements?itemId=" + filter + "&limit=50"), 200)
                .json("$.items[*].type");
        assertThat(filterLedger).contains("IN", "TRANSFER", "ADJUSTMENT");
        List<String> storeLedger = ok(f.admin.get("/api/v1/stock/movements?itemId=" + filter + "&locationId="
                + ANDHERI_STORE), 200).json("$.items[*].type");
        assertThat(storeLedger).contains("TRANSFER", "ADJUSTMENT");
    }
}
