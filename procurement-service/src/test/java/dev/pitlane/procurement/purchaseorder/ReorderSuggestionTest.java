package dev.pitlane.procurement.purchaseorder;

import dev.pitlane.procurement.support.Flows.Item;
import dev.pitlane.procurement.support.Inventory;
import dev.pitlane.procurement.support.InventorySimulator;
import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.procurement.support.ProcurementTestBase;
import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;

import static dev.pitlane.procurement.support.Flows.createSupplier;
import static dev.pitlane.procurement.support.Flows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** StockLow events from inventory become draft purchase-order lines for the item's preferred supplier. */
class ReorderSuggestionTest extends ProcurementTestBase {

    @Autowired
    OwnerDatabase owner;

    private static void prefer(Org org, String supplier, Item item, double price) {
        ok(org.officer().put("/api/v1/suppliers/" + supplier + "/parts/" + item.id(), Json.of("itemSku", item.sku(),
                "itemName", item.name(), "supplierPartNumber", "SPN-" + item.sku(), "unitPrice", price,
                "taxRate", 28, "preferred", true)));
    }

    private InventorySimulator.Envelope low(Org org, Item item, String reorderQuantity) {
        return Inventory.stockLow(org.id, item.id(), Org.CENTRAL_WAREHOUSE, new BigDecimal("2"), new BigDecimal("5"),
                new BigDecimal(reorderQuantity));
    }

    private void sendAndWait(InventorySimulator.Envelope event) {
        InventorySimulator.send(event);
        owner.awaitHandled(event.eventId());
    }

    private static TestHttp.Response suggestions(Org org) {
        return org.officer().get("/api/v1/purchase-orders/reorder-suggestions");
    }

    @Test
    void lowStockFillsOneDraftPerPreferredSupplierOnce() {
        Org org = newOrg();
        String exide = createSupplier(org.officer(), "Exide");
        Item battery = Item.random("BAT-4001");
        Item battery2 = Item.random("BAT-4002");
        prefer(org, exide, battery, 4999.0);
        prefer(org, exide, battery2, 6100.5);

        var first = low(org, battery, "12");
        sendAndWait(first);
        var drafts = org.officer().get("/api/v1/purchase-orders?status=DRAFT");
        assertThat(drafts.<Integer>json("$.page.totalElements")).isEqualTo(1);
        String draft = drafts.json("$.items[0].id");
        var po = org.officer().get("/api/v1/purchase-orders/" + draft);
        assertThat(po.<String>json("$.origin")).isEqualTo("REORDER");
        assertThat(po.<String>json("$.supplierId")).isEqualTo(exide);
        assertThat(po.<String>json("$.deliveryLocationId")).isEqualTo(Org.CENTRAL_WAREHOUSE.toString());
        assertThat(po.<String>json("$.lines[0].sku")).isEqualTo("BAT-4001");
        assertThat(po.<Number>json("$.lines[0].quantity").doubleValue()).isEqualTo(12.0);
        assertThat(po.<Number>json("$.lines[0].unitPrice").doubleValue()).isEqualTo(4999.0);
        assertThat(po.<String>json("$.createdBy")).isEqualTo("system:procurement-service");

        InventorySimulator.send(first);
        sendAndWait(low(org, battery, "12"));
        sendAndWait(low(org, battery2, "3.5"));
        po = org.officer().get("/api/v1/purchase-orders/" + draft);
        assertThat(po.<List<String>>json("$.lines[*].sku")).containsExactly("BAT-4001", "BAT-4002");
        assertThat(org.officer().get("/api/v1/purchase-orders").<Integer>json("$.page.totalElements")).isEqualTo(1);
        assertThat(suggestions(org).<List<String>>json("$.items[*].outcome")).containsExactly("ADDED_TO_DRAFT",
                "ALREADY_ON_ORDER", "ADDED_TO_DRAFT");
        assertThat(owner.count("SELECT count(*) FROM reorder_suggestions WHERE event_id = '" + first.eventId() + "'"))
                .isEqualTo(1);
    }

    @Test
    void anItemStillOnOrderIsNotOrderedAgainButANewDraftFollowsOnceSubmitted() {
        Org org = newOrg();
        String bosch = createSupplier(org.officer(), "Bosch India");
        Item plug = Item.random("SP-2001");
        Item filter = Item.random("OF-1001");
        prefer(org, bosch, plug, 120.5);
        prefer(org, bosch, filter, 250);
        sendAndWait(low(org, plug, "40"));
        String draft = org.officer().get("/api/v1/purchase-orders?status=DRAFT").json("$.items[0].id");
        ok(org.officer().post("/api/v1/purchase-orders/" + draft + "/submit", null));
        sendAndWait(low(org, plug, "40"));
        assertThat(org.officer().get("/api/v1/purchase-orders?status=DRAFT").<Integer>json("$.page.totalElements"))
                .isZero();
        sendAndWait(low(org, filter, "20"));
        var drafts = org.officer().get("/api/v1/purchase-orders?status=DRAFT");
        assertThat(drafts.<Integer>json("$.page.totalElements")).isEqualTo(1);
        assertThat(drafts.<String>json("$.items[0].id")).isNotEqualTo(draft);
    }

    @Test
    void withoutAPreferredSupplierTheSuggestionWaitsForABuyer() {
        Org org = newOrg();
        Item mirror = Item.random("MIR-7001");
        String minda = createSupplier(org.officer(), "Minda");
        ok(org.officer().put("/api/v1/suppliers/" + minda + "/parts/" + mirror.id(), Json.of("itemSku", "MIR-7001",
                "itemName", "Mirror", "supplierPartNumber", "M-1", "unitPrice", 800, "taxRate", 28)));
        sendAndWait(low(org, mirror, "6"));
        assertThat(suggestions(org).<List<String>>json("$.items[*].outcome"))
                .containsExactly("NO_PREFERRED_SUPPLIER");
        assertThat(org.officer().get("/api/v1/purchase-orders").<Integer>json("$.page.totalElements")).isZero();
        // inventory's other events on the same topic are skipped
        var changed = Inventory.stockChanged(org.id, mirror.id(), Org.CENTRAL_WAREHOUSE);
        InventorySimulator.send(changed);
        sendAndWait(low(org, mirror, "6"));
        assertThat(owner.handled(changed.eventId())).as("skipped, not handled").isFalse();
        // a deleted supplier is no longer preferred
        ok(org.officer().put("/api/v1/suppliers/" + minda + "/parts/" + mirror.id(), Json.of("itemSku", "MIR-7001",
                "itemName", "Mirror", "supplierPartNumber", "M-1", "unitPrice", 800, "taxRate", 28, "preferred",
                true)));
        org.officer().delete("/api/v1/suppliers/" + minda);
        sendAndWait(low(org, mirror, "6"));
        assertThat(suggestions(org).<String>json("$.items[0].outcome")).isEqualTo("NO_PREFERRED_SUPPLIER");
        assertThat(org.officer().get("/api/v1/purchase-orders").<Integer>json("$.page.totalElements")).isZero();
    }
}
