package dev.pitlane.inventory;

import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.Tenant;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers beyond what the ledger's columns hold are refused as bad input, never a 500. */
class StockBoundsTest extends InventoryTestBase {

    @Test
    void aQuantityOrUnitCostBeyondTheColumnsIsRefusedNamingTheField() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        for (String quantity : new String[]{"1e30", "2e15", "1000000000000000", "0.0001"}) {
            TestHttp.Response r = t.post("IN", wh, item, quantity, null);
            assertThat(r.status()).as(quantity + ": " + r).isEqualTo(400);
            assertThat(r.<String>json("$.code")).isEqualTo("validation-failed");
            assertThat(r.<String>json("$.errors[0].field")).isEqualTo("lines[0].quantity");
        }
        for (String cost : new String[]{"1e30", "100000000000000", "0.00001"}) {
            TestHttp.Response r = t.admin().post("/api/v1/stock/movements", """
                    {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":1,"unitCost":%s}]}"""
                    .formatted(wh, item, cost), "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(r.status()).as(cost + ": " + r).isEqualTo(400);
            assertThat(r.<String>json("$.errors[0].field")).isEqualTo("lines[0].unitCost");
        }
        t.balance(item, wh).is(0, 0, 0);
    }

    @Test
    void aValueTheLedgerCannotHoldIsAProblemNotA500() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        // each number fits its column; their product (the value) does not
        TestHttp.Response r = t.admin().post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":999999999999,"unitCost":99999999}]}"""
                .formatted(wh, item), "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.<String>json("$.code")).isEqualTo("value-out-of-range");
        t.balance(item, wh).is(0, 0, 0);
    }
}
