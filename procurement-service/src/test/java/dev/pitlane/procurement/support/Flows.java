package dev.pitlane.procurement.support;

import dev.pitlane.procurement.supplier.domain.Gstin;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The usual steps of a test, each checked to succeed. */
public final class Flows {

    private Flows() {
    }

    /** A valid GSTIN that no other test is likely to use. */
    public static String freshGstin() {
        String digits = String.format("%04d", (int) (Math.random() * 10_000));
        char letter = (char) ('A' + (int) (Math.random() * 26));
        String first14 = "27AABC" + letter + digits + "D1Z";
        return first14 + Gstin.checkCharacter(first14);
    }

    public static String createSupplier(TestHttp as, String name) {
        var r = as.post("/api/v1/suppliers", Json.of("name", name, "gstin", freshGstin(), "paymentTermsDays", 30,
                "leadTimeDays", 5));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json("$.id");
    }

    public record Item(UUID id, String sku, String name) {
        public static Item random(String sku) {
            return new Item(UUID.randomUUID(), sku, "Part " + sku);
        }
    }

    public static Map<String, Object> poLine(Item item, Object quantity, Object unitPrice, Object taxRate) {
        return Map.of("itemId", item.id().toString(), "sku", item.sku(), "description", item.name(),
                "quantity", quantity, "unitPrice", unitPrice, "taxRate", taxRate);
    }

    public static TestHttp.Response createPo(TestHttp as, String supplierId, List<Map<String, Object>> lines) {
        return as.post("/api/v1/purchase-orders", Json.of("supplierId", supplierId,
                "deliveryLocationId", Org.CENTRAL_WAREHOUSE.toString(), "lines", lines));
    }

    /** A purchase order created by the officer, approved by the admin and ordered: ready to receive. */
    public static String orderedPo(Org org, String supplierId, List<Map<String, Object>> lines) {
        var created = createPo(org.officer(), supplierId, lines);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        ok(org.officer().post("/api/v1/purchase-orders/" + id + "/submit", null));
        ok(org.admin().post("/api/v1/purchase-orders/" + id + "/approve", null));
        ok(org.officer().post("/api/v1/purchase-orders/" + id + "/order", null, "Idempotency-Key",
                UUID.randomUUID().toString()));
        return id;
    }

    public static TestHttp.Response ok(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r;
    }

    public static Map<String, Object> issueLine(Item item, Object quantity) {
        return Map.of("itemId", item.id().toString(), "sku", item.sku(), "description", item.name(),
                "quantity", quantity);
    }

    public static TestHttp.Response requestIssue(TestHttp as, UUID center, UUID store,
                                                 List<Map<String, Object>> lines) {
        return as.post("/api/v1/parts-issues", Json.of("serviceCenterId", center.toString(),
                "fromLocationId", Org.CENTRAL_WAREHOUSE.toString(), "toLocationId", store.toString(),
                "note", "job cards this week", "lines", lines));
    }

    /** Requested at Andheri for 5 of each item, approved, and reserved in full by (simulated) inventory. */
    public static String approvedIssue(Org org, Item... items) {
        var requested = requestIssue(org.storeKeeper(Org.ANDHERI), Org.ANDHERI, Org.ANDHERI_STORE,
                Arrays.stream(items).map(i -> issueLine(i, 5)).toList());
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        String id = requested.json("$.id");
        ok(org.officer().post("/api/v1/parts-issues/" + id + "/approve", null, "Idempotency-Key",
                UUID.randomUUID().toString()));
        List<String> lineIds = requested.json("$.lines[*].id");
        List<Inventory.ReservedLine> reserved = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            reserved.add(new Inventory.ReservedLine(UUID.fromString(lineIds.get(i)), items[i].id(),
                    BigDecimal.valueOf(5), BigDecimal.valueOf(5)));
        }
        InventorySimulator.send(Inventory.stockReserved(org.id, UUID.fromString(id), UUID.randomUUID(), reserved));
        Await.until("parts issue " + id + " approved", () -> org.officer().get("/api/v1/parts-issues/" + id),
                r -> "APPROVED".equals(r.json("$.status")));
        return id;
    }

    /** An approved issue handed to a carrier; returns the parts issue's view after the dispatch. */
    public static TestHttp.Response dispatchedIssue(Org org, String trackingNumber, Item... items) {
        String id = approvedIssue(org, items);
        return ok(org.warehouse().post("/api/v1/parts-issues/" + id + "/dispatch", Json.of("carrier", "BlueDart",
                "trackingNumber", trackingNumber), "Idempotency-Key", UUID.randomUUID().toString()));
    }

    /** Waits until {@code probe} returns at least {@code count} items, and returns them. */
    public static <T> List<T> awaitAll(Supplier<List<T>> probe, int count) {
        return Await.until(count + " items", probe, l -> l.size() >= count);
    }
}
