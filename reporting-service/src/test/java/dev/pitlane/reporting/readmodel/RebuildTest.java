package dev.pitlane.reporting.readmodel;

import dev.pitlane.reporting.support.ReportingTestBase;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static dev.pitlane.reporting.support.Events.customerCreated;
import static dev.pitlane.reporting.support.Events.purchaseOrderReceived;
import static dev.pitlane.reporting.support.Events.receivedLine;
import static dev.pitlane.reporting.support.Events.stockChanged;
import static dev.pitlane.reporting.support.Events.stockLow;
import static org.assertj.core.api.Assertions.assertThat;

class RebuildTest extends ReportingTestBase {

    /** Each model's tables (their first columns after the organization are their key). */
    private static final Map<String, List<String>> TABLES = Map.of(
            "stock", List.of("stock_positions", "stock_movements_daily"),
            "supplier-purchases", List.of("supplier_purchases"),
            "customers", List.of("customers"));

    /** What {@link #feed} publishes per model. */
    private static final Map<String, Integer> EVENTS = Map.of("stock", 4, "supplier-purchases", 1, "customers", 2);

    @Test
    void aDroppedModelReplayedFromItsTopicsEqualsTheLiveOne() {
        UUID org = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        feed(org);
        feed(other);
        Map<String, List<List<Object>>> live = snapshot(org);
        Map<String, List<List<Object>>> otherLive = snapshot(other);
        assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        TestHttp admin = admin(org);
        for (String model : TABLES.keySet()) {
            TABLES.get(model).forEach(table -> db.execute("DELETE FROM " + table + " WHERE organization_id = '"
                    + org + "'"));
            var started = admin.post("/api/v1/reports/rebuild", "{\"model\":\"" + model + "\"}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String run = started.json("$.id");
            var done = Await.until("rebuild of " + model, () -> admin.get("/api/v1/reports/rebuilds/" + run),
                    r -> !"RUNNING".equals(r.json("$.status")));
            assertThat(done.<String>json("$.status")).as(done.body()).isEqualTo("DONE");
            assertThat(done.<Integer>json("$.eventsApplied")).as("this organization's events only")
                    .isEqualTo(EVENTS.get(model));
        }
        assertThat(snapshot(org)).isEqualTo(live);
        assertThat(snapshot(other)).as("another organization's rows are not touched").isEqualTo(otherLive);
    }

    @Test
    void aRebuildNeedsItsPermissionAndAKnownModel() {
        UUID org = UUID.randomUUID();
        assertThat(accountant(org).post("/api/v1/reports/rebuild", "{\"model\":\"stock\"}").status()).isEqualTo(403);
        var unknown = admin(org).post("/api/v1/reports/rebuild", "{\"model\":\"everything\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.<String>json("$.errors[0].field")).isEqualTo("model");
        assertThat(admin(org).get("/api/v1/reports/rebuilds/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private void feed(UUID org) {
        UUID item = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        stock(org, item, "StockChanged", stockChanged(item, location, "IN", "10", "10", "100.0000", "100.0000"));
        stock(org, item, "StockChanged", stockChanged(item, location, "OUT", "-7", "3", "-70.0000", "30.0000"));
        stock(org, item, "StockLow", stockLow(item, location, "3", "5"));
        stock(org, item, "StockChanged", stockChanged(item, UUID.randomUUID(), "IN", "2", "2", "20.0000", "20.0000"));
        UUID po = UUID.randomUUID();
        publish("procurement-service", "procurement.purchase-order.v1", "PurchaseOrderReceived", org,
                "PurchaseOrder", po, purchaseOrderReceived(po, UUID.randomUUID(), location, Instant.now(),
                        List.of(receivedLine(item, "10", "10", "18", "100.00", "18.00"))));
        UUID customer = UUID.randomUUID();
        publish("customer-service", "customer.customer.v1", "CustomerCreated", org, "Customer", customer,
                customerCreated(customer));
        publish("customer-service", "customer.customer.v1", "CustomerDeleted", org, "Customer", customer,
                Map.of("customerId", customer.toString(), "deletedAt", Instant.now().toString()));
    }

    private void stock(UUID org, UUID item, String type, Object data) {
        publish("inventory-service", "inventory.stock.v1", type, org, "Stock", item, data);
    }

    private Map<String, List<List<Object>>> snapshot(UUID org) {
        Map<String, List<List<Object>>> rows = new TreeMap<>();
        TABLES.values().forEach(tables -> tables.forEach(table -> rows.put(table, db.rows("SELECT * FROM " + table
                + " WHERE organization_id = '" + org + "' ORDER BY 1, 2, 3, 4"))));
        return rows;
    }
}
