package dev.pitlane.inventory;

import dev.pitlane.inventory.stock.application.TotalsFolding;
import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.Tenant;
import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.KafkaTap;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StockPostingTest extends InventoryTestBase {

    @Autowired
    TotalsFolding folding;

    @Test
    void inOutTransferAndAdjustmentMoveTheBalancesTheLedgerExplains() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        UUID store = t.store(UUID.randomUUID());
        t.receive(wh, item, 10, 100);
        assertStatus(t.post("OUT", wh, item, 3, null), 201);
        assertStatus(t.post("TRANSFER", wh, item, 2, "\"toLocationId\":\"" + store + "\""), 201);
        assertStatus(t.post("ADJUSTMENT", store, item, -1, "\"reason\":\"DAMAGED\""), 201);
        t.balance(item, wh).is(5, 0, 0);
        t.balance(item, store).is(1, 0, 0);
        assertThat(db.number("SELECT sum(quantity) FROM stock_ledger WHERE organization_id = '" + t.org
                + "' AND location_id = '" + wh + "'")).isEqualByComparingTo("5");
        var history = t.admin().get("/api/v1/stock/movements?itemId=" + item + "&limit=2");
        assertStatus(history, 200);
        assertThat(history.<List<String>>json("$.items[*].type")).containsExactly("ADJUSTMENT", "TRANSFER");
        var next = t.admin().get("/api/v1/stock/movements?itemId=" + item + "&limit=2&cursor="
                + history.<String>json("$.next"));
        assertThat(next.<List<String>>json("$.items[*].type")).containsExactly("TRANSFER", "OUT");
    }

    @Test
    void anOutBeyondAvailableIsRefusedAndChangesNothing() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 2, 100);
        var r = t.post("OUT", wh, item, 3, null);
        assertStatus(r, 409);
        assertThat(r.<String>json("$.code")).isEqualTo("insufficient-stock");
        assertThat(r.<String>json("$.itemId")).isEqualTo(item.toString());
        t.balance(item, wh).is(2, 0, 0);
        assertThat(db.count("SELECT count(*) FROM stock_ledger WHERE organization_id = '" + t.org + "'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM outbox_events WHERE payload->>'organizationId' = '" + t.org
                + "' AND event_type = 'StockChanged' AND payload->'data'->>'movementType' = 'OUT'")).isZero();
    }

    @Test
    void anOrganizationMayAllowNegativeStockAndMayOnlyRefuseItAgainOnceNothingIsNegative() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 1, 100);
        assertStatus(t.admin().put("/api/v1/stock/settings",
                "{\"allowNegativeStock\":true,\"valuationMethod\":\"MOVING_AVERAGE\"}"), 200);
        assertStatus(t.post("OUT", wh, item, 3, null), 201);
        t.balance(item, wh).is(-2, 0, 0);
        var refuse = t.admin().put("/api/v1/stock/settings",
                "{\"allowNegativeStock\":false,\"valuationMethod\":\"MOVING_AVERAGE\"}");
        assertStatus(refuse, 409);
        assertThat(refuse.<String>json("$.code")).isEqualTo("negative-stock-exists");
        t.receive(wh, item, 2, 100);
        assertStatus(t.admin().put("/api/v1/stock/settings",
                "{\"allowNegativeStock\":false,\"valuationMethod\":\"MOVING_AVERAGE\"}"), 200);
        assertStatus(t.post("OUT", wh, item, 1, null), 409);
    }

    @Test
    void quantitiesInABoxOfTwelveArePostedInPieces() {
        Tenant t = newTenant();
        UUID box = t.unit("box12", t.pcs(), 12, false);
        UUID litre = t.unit("litre", null, 1, true);
        UUID item = t.item();
        UUID wh = t.warehouse();
        var r = t.admin().post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":2,"unitId":"%s","unitCost":1200}]}"""
                .formatted(wh, item, box), "Idempotency-Key", key());
        assertStatus(r, 201);
        assertThat(dec(r.json("$.entries[0].quantity"))).isEqualByComparingTo("24");
        assertThat(dec(r.json("$.entries[0].unitCost"))).isEqualByComparingTo("100");
        t.balance(item, wh).is(24, 0, 0);
        var unrelated = t.admin().post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":1,"unitId":"%s"}]}"""
                .formatted(wh, item, litre), "Idempotency-Key", key());
        assertStatus(unrelated, 400);
        var fraction = t.post("IN", wh, item, "1.5", null);
        assertStatus(fraction, 400);
        assertThat(fraction.<String>json("$.errors[0].message")).contains("whole number");
    }

    @Test
    void aRetriedPostingWithTheSameKeyHasOneEffectAndOneWithoutAKeyIsRefused() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        String body = """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":5,"unitCost":10}]}"""
                .formatted(wh, item);
        String k = key();
        var first = t.admin().post("/api/v1/stock/movements", body, "Idempotency-Key", k);
        var second = t.admin().post("/api/v1/stock/movements", body, "Idempotency-Key", k);
        assertStatus(first, 201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        t.balance(item, wh).is(5, 0, 0);
        assertStatus(t.admin().post("/api/v1/stock/movements", body), 400);
    }

    @Test
    void retriesOfAPostingThatTookTheLastUnitsReplayItInsteadOfFindingNoStock() throws Exception {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 5, 10);
        String body = """
                {"type":"OUT","locationId":"%s","lines":[{"itemId":"%s","quantity":5}]}""".formatted(wh, item);
        String k = key();
        var client = t.admin();
        List<TestHttp.Response> concurrent = Concurrently.run(8,
                () -> client.post("/api/v1/stock/movements", body, "Idempotency-Key", k));
        var later = client.post("/api/v1/stock/movements", body, "Idempotency-Key", k);
        for (var r : concurrent) {
            assertStatus(r, 201);
            assertThat(r.body()).isEqualTo(later.body());
        }
        assertStatus(later, 201);
        assertThat(later.header("Idempotent-Replayed")).isEqualTo("true");
        t.balance(item, wh).is(0, 0, 0);
        assertThat(db.count("SELECT count(*) FROM stock_ledger WHERE organization_id = '" + t.org
                + "' AND movement_type = 'OUT'")).isEqualTo(1);
        var changed = client.post("/api/v1/stock/movements", body.replace("\"quantity\":5", "\"quantity\":4"),
                "Idempotency-Key", k);
        assertStatus(changed, 422);
        assertThat(changed.<String>json("$.code")).isEqualTo("idempotency-key-reused");
    }

    @Test
    void adjustmentsNeedTheirPermissionAndAReason() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        var clerk = t.as("stock:post", "stock:read");
        var denied = clerk.post("/api/v1/stock/movements", """
                {"type":"ADJUSTMENT","locationId":"%s","reason":"FOUND","lines":[{"itemId":"%s","quantity":1}]}"""
                .formatted(wh, item), "Idempotency-Key", key());
        assertStatus(denied, 403);
        assertStatus(t.post("ADJUSTMENT", wh, item, 1, null), 400);
        var reader = t.as("stock:read").post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":1}]}""".formatted(wh, item),
                "Idempotency-Key", key());
        assertStatus(reader, 403);
    }

    @Test
    void anotherOrganizationsStockIsInvisibleAndItsItemsUnusable() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        UUID item = a.item();
        UUID wh = a.warehouse();
        a.receive(wh, item, 3, 10);
        assertThat(b.admin().get("/api/v1/stock?itemId=" + item).<Integer>json("$.items.length()")).isZero();
        UUID bWarehouse = b.warehouse();
        var r = b.post("IN", bWarehouse, item, 1, null);
        assertStatus(r, 404);
    }

    @Test
    void theLedgerRefusesUpdatesAndDeletesEvenFromItsOwner() {
        Tenant t = newTenant();
        UUID item = t.item();
        t.receive(t.warehouse(), item, 1, 10);
        assertThatThrownBy(() -> db.execute("UPDATE stock_ledger SET quantity = 100 WHERE organization_id = '"
                + t.org + "'")).hasCauseInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("DELETE FROM stock_ledger WHERE organization_id = '" + t.org + "'"))
                .hasCauseInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.execute("UPDATE stock_balances SET reserved = on_hand + 1 WHERE organization_id = '"
                + t.org + "'")).hasCauseInstanceOf(SQLException.class)
                .hasMessageContaining("ck_stock_balances__available");
    }

    @Test
    void theMovingAverageMovesWithEachReceiptAndOutsLeaveAtIt() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 10, 100);
        t.receive(wh, item, 10, 130);
        var out = t.post("OUT", wh, item, 5, null);
        assertStatus(out, 201);
        assertThat(dec(out.json("$.entries[0].valueDelta"))).isEqualByComparingTo("-575");
        assertThat(t.balance(item, wh).value()).isEqualByComparingTo("1725");
        assertStatus(t.post("OUT", wh, item, 15, null), 201);
        assertThat(t.balance(item, wh).value()).isEqualByComparingTo("0");
    }

    @Test
    void fifoValuesOutsAtTheOldestLayers() {
        Tenant t = newTenant();
        assertStatus(t.admin().put("/api/v1/stock/settings",
                "{\"allowNegativeStock\":false,\"valuationMethod\":\"FIFO\"}"), 200);
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 10, 100);
        t.receive(wh, item, 10, 130);
        var out = t.post("OUT", wh, item, 12, null);
        assertThat(dec(out.json("$.entries[0].valueDelta"))).isEqualByComparingTo("-1260");
        assertThat(t.balance(item, wh).value()).isEqualByComparingTo("1040");
        assertThat(t.admin().get("/api/v1/valuation").<String>json("$.valuationMethod")).isEqualTo("FIFO");
    }

    @Test
    void valuationAsOfAPastDayCountsABackDatedPostingOnItsOwnDay() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        ZoneId ist = ZoneId.of("Asia/Kolkata");
        LocalDate today = LocalDate.now(ist);
        Instant tenDaysAgo = today.minusDays(10).atTime(12, 0).atZone(ist).toInstant();
        t.receive(wh, item, 5, 100);
        assertStatus(t.admin().post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","effectiveAt":"%s","lines":[{"itemId":"%s","quantity":2,"unitCost":50}]}"""
                .formatted(wh, tenDaysAgo, item), "Idempotency-Key", key()), 201);
        assertThat(dec(t.admin().get("/api/v1/valuation?asOf=" + today.minusDays(11)).json("$.totalValue")))
                .isEqualByComparingTo("0");
        assertThat(dec(t.admin().get("/api/v1/valuation?asOf=" + today.minusDays(5)).json("$.totalValue")))
                .isEqualByComparingTo("100");
        assertThat(dec(t.admin().get("/api/v1/valuation").json("$.totalValue"))).isEqualByComparingTo("600");
        folding.foldAll();
        assertThat(db.count("SELECT count(*) FROM totals_pending WHERE organization_id = '" + t.org + "'")).isZero();
        assertThat(dec(t.admin().get("/api/v1/valuation?asOf=" + today.minusDays(5)).json("$.totalValue")))
                .as("folding the pending deltas changes no answer").isEqualByComparingTo("100");
        assertThat(dec(t.admin().get("/api/v1/valuation").json("$.totalValue"))).isEqualByComparingTo("600");
        var items = t.admin().get("/api/v1/valuation/items?asOf=" + today.minusDays(5));
        assertThat(dec(items.json("$.items[0].quantity"))).isEqualByComparingTo("2");
        var future = t.admin().post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","effectiveAt":"%s","lines":[{"itemId":"%s","quantity":2}]}"""
                .formatted(wh, Instant.now().plus(1, ChronoUnit.DAYS), item), "Idempotency-Key", key());
        assertStatus(future, 400);
    }

    @Test
    void stockChangedIsPublishedPerMovementAndStockLowOncePerCrossing() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 10, 10);
        assertStatus(t.admin().put("/api/v1/items/" + item + "/reorder-levels/" + wh,
                "{\"reorderLevel\":5,\"reorderQuantity\":20}"), 200);
        assertStatus(t.post("OUT", wh, item, 6, null), 201);
        assertStatus(t.post("OUT", wh, item, 1, null), 201);
        t.receive(wh, item, 10, 10);
        assertStatus(t.post("OUT", wh, item, 10, null), 201);

        List<KafkaTap.Event> lows = KafkaTap.on("inventory.stock.v1").await(t.org, "StockLow", 2);
        List<KafkaTap.Event> changes = KafkaTap.on("inventory.stock.v1").await(t.org, "StockChanged", 5);
        assertThat(lows).hasSize(2);
        assertThat(lows.get(0).data().path("available").decimalValue()).isEqualByComparingTo("4");
        assertThat(lows.get(0).data().path("reorderQuantity").decimalValue()).isEqualByComparingTo("20");
        KafkaTap.Event last = changes.get(changes.size() - 1);
        assertThat(last.data().path("movementType").asString()).isEqualTo("OUT");
        assertThat(last.data().path("quantityDelta").decimalValue()).isEqualByComparingTo("-10");
        assertThat(last.data().path("onHand").decimalValue()).isEqualByComparingTo("3");
        assertThat(last.aggregateId()).isEqualTo(item.toString());
        assertThat(last.data().path("valueDelta").decimalValue()).isEqualByComparingTo("-100");
        assertThat(last.data().path("value").decimalValue()).isEqualByComparingTo("30");
        assertThat(last.data().path("effectiveAt").asString()).isNotBlank();
        changes.forEach(e -> EventContracts.requirePublished("inventory-service", e));
        var low = t.admin().get("/api/v1/stock-alerts/low-stock?locationId=" + wh);
        assertThat(low.<List<String>>json("$.items[*].itemId")).containsExactly(item.toString());
    }
}
