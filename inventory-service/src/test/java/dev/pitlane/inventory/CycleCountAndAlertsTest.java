package dev.pitlane.inventory;

import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.LedgerInvariants;
import dev.pitlane.inventory.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CycleCountAndAlertsTest extends InventoryTestBase {

    @Test
    void approvingACountSheetPostsItsDifferencesOnce() {
        Tenant t = newTenant();
        UUID short1 = t.item();
        UUID extra = t.item();
        UUID exact = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, short1, 10, 100);
        t.receive(wh, extra, 5, 100);
        t.receive(wh, exact, 3, 100);
        var sheet = t.admin().post("/api/v1/cycle-counts", """
                {"locationId":"%s","note":"monthly count","lines":[{"itemId":"%s","countedQuantity":8},
                 {"itemId":"%s","countedQuantity":6},{"itemId":"%s","countedQuantity":3}]}"""
                .formatted(wh, short1, extra, exact));
        assertStatus(sheet, 201);
        String id = sheet.json("$.id");
        assertStatus(t.post("OUT", wh, short1, 1, null), 201);
        assertStatus(t.as("stock:count", "stock:read").post("/api/v1/cycle-counts/" + id + "/approve", null,
                "Idempotency-Key", key()), 403);
        var approved = t.admin().post("/api/v1/cycle-counts/" + id + "/approve", null, "Idempotency-Key", key());
        assertStatus(approved, 200);
        assertThat(approved.<String>json("$.status")).isEqualTo("APPROVED");
        t.balance(short1, wh).is(7, 0, 0);
        t.balance(extra, wh).is(6, 0, 0);
        t.balance(exact, wh).is(3, 0, 0);
        var entries = t.admin().get("/api/v1/stock/movements/" + approved.json("$.movementId"));
        assertThat(entries.<List<String>>json("$.entries[*].reason")).containsOnly("CYCLE_COUNT").hasSize(2);
        assertThat(entries.<List<String>>json("$.entries[*].sourceDocumentId")).containsOnly(id);
        var twice = t.admin().post("/api/v1/cycle-counts/" + id + "/approve", null, "Idempotency-Key", key());
        assertStatus(twice, 409);
        assertThat(twice.<String>json("$.code")).isEqualTo("cycle-count-decided");
    }

    @Test
    void deadStockIsStockThatHasNotMovedAndSummariesCountPerLocation() throws Exception {
        Tenant t = newTenant();
        UUID idle = t.item();
        UUID busy = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, idle, 4, 100);
        t.receive(wh, busy, 4, 100);
        db.execute("UPDATE stock_balances SET last_movement_at = now() - interval '200 days' WHERE organization_id = '"
                + t.org + "' AND item_id = '" + idle + "'");
        var dead = t.admin().get("/api/v1/stock-alerts/dead-stock?days=90");
        assertThat(dead.<List<String>>json("$.items[*].itemId")).containsExactly(idle.toString());
        assertStatus(t.admin().put("/api/v1/items/" + busy + "/reorder-levels/" + wh,
                "{\"reorderLevel\":10,\"reorderQuantity\":10}"), 200);
        var summary = t.admin().get("/api/v1/stock/summary?locationId=" + wh);
        assertThat(summary.<Integer>json("$.items[0].itemsLow")).isEqualTo(1);
        assertThat(summary.<Integer>json("$.items[0].itemsInStock")).isEqualTo(2);
        assertThat(dec(summary.json("$.items[0].value"))).isEqualByComparingTo("800");
        LedgerInvariants.check(db, t.org);
    }
}
