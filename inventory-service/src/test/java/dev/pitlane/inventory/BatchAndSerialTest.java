package dev.pitlane.inventory;

import dev.pitlane.inventory.config.InventoryProperties;
import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.Tenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BatchAndSerialTest extends InventoryTestBase {

    @Autowired
    private InventoryProperties properties;

    private static String batchIn(UUID location, UUID item, int qty, String batch, LocalDate expires) {
        return """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":%d,"unitCost":400,
                 "batchNumber":"%s"%s}]}""".formatted(location, item, qty, batch,
                expires == null ? "" : ",\"expiresOn\":\"" + expires + "\"");
    }

    @Test
    void batchTrackedStockLeavesFirstExpiredFirstOut() {
        Tenant t = newTenant();
        UUID litre = t.unit("litre", null, 1, true);
        UUID oil = t.item("BATCH", litre, 730);
        UUID wh = t.warehouse();
        LocalDate today = LocalDate.now();
        assertStatus(t.admin().post("/api/v1/stock/movements", batchIn(wh, oil, 5, "LATE", today.plusDays(300)),
                "Idempotency-Key", key()), 201);
        assertStatus(t.admin().post("/api/v1/stock/movements", batchIn(wh, oil, 4, "SOON", today.plusDays(20)),
                "Idempotency-Key", key()), 201);
        assertStatus(t.admin().post("/api/v1/stock/movements", batchIn(wh, oil, 2, "SHELF", null),
                "Idempotency-Key", key()), 201);
        assertStatus(t.post("IN", wh, oil, 1, null), 400);

        var out = t.post("OUT", wh, oil, "6.5", null);
        assertStatus(out, 201);
        assertThat(out.<List<Double>>json("$.entries[*].quantity")).containsExactly(-4.0, -2.5);
        t.balance(oil, wh).is("4.5", 0, 0);
        var expiring = t.admin().get("/api/v1/stock-alerts/expiring?withinDays=30");
        assertThat(expiring.<Integer>json("$.page.totalElements")).isZero();
        var later = t.admin().get("/api/v1/stock-alerts/expiring?withinDays=400");
        assertThat(later.<List<String>>json("$.items[*].batchNumber")).containsExactly("LATE");
        // the shelf life counts from the receipt's day in the business zone, which is not the database's day
        // for part of every day (Asia/Kolkata is UTC+5:30)
        LocalDate shelfExpiry = LocalDate.now(properties.businessZone()).plusDays(730);
        assertThat(db.count("SELECT count(*) FROM batches WHERE organization_id = '" + t.org
                + "' AND batch_number = 'SHELF' AND expires_on = DATE '" + shelfExpiry + "'")).isEqualTo(1);
    }

    @Test
    void aSerialNumberIsInOnePlaceAtATime() {
        Tenant t = newTenant();
        UUID battery = t.item("SERIAL");
        UUID wh = t.warehouse();
        UUID store = t.store(UUID.randomUUID());
        String in = """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":2,"unitCost":5000,
                 "serialNumbers":["EX-1","EX-2"]}]}""";
        assertStatus(t.admin().post("/api/v1/stock/movements", in.formatted(wh, battery), "Idempotency-Key", key()),
                201);
        var again = t.admin().post("/api/v1/stock/movements", in.formatted(store, battery), "Idempotency-Key", key());
        assertStatus(again, 409);
        assertThat(again.<String>json("$.code")).isEqualTo("serial-in-use");
        assertStatus(t.post("IN", wh, battery, 1, null), 400);

        var move = t.admin().post("/api/v1/stock/movements", """
                {"type":"TRANSFER","locationId":"%s","toLocationId":"%s","lines":[{"itemId":"%s","quantity":1,
                 "serialNumbers":["EX-2"]}]}""".formatted(wh, store, battery), "Idempotency-Key", key());
        assertStatus(move, 201);
        var wrongPlace = t.admin().post("/api/v1/stock/movements", """
                {"type":"OUT","locationId":"%s","lines":[{"itemId":"%s","quantity":1,"serialNumbers":["EX-2"]}]}"""
                .formatted(wh, battery), "Idempotency-Key", key());
        assertStatus(wrongPlace, 409);
        assertThat(wrongPlace.<String>json("$.code")).isEqualTo("serial-not-here");
        assertStatus(t.post("OUT", store, battery, 1, null), 201);
        assertThat(db.rows("SELECT serial_number, status, location_id FROM serial_numbers WHERE organization_id = '"
                + t.org + "' ORDER BY serial_number")).containsExactly(List.of("EX-1", "IN_STOCK", wh),
                java.util.Arrays.asList("EX-2", "ISSUED", null));
        assertStatus(t.admin().post("/api/v1/stock/movements", in.formatted(store, battery).replace("\"EX-1\",", "")
                .replace("\"quantity\":2", "\"quantity\":1"), "Idempotency-Key", key()), 201);
    }
}
