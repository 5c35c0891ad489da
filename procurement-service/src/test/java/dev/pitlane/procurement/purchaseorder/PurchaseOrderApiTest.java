package dev.pitlane.procurement.purchaseorder;

import dev.pitlane.procurement.support.Flows.Item;
import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.procurement.support.ProcurementTestBase;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.procurement.support.Flows.createPo;
import static dev.pitlane.procurement.support.Flows.createSupplier;
import static dev.pitlane.procurement.support.Flows.ok;
import static dev.pitlane.procurement.support.Flows.orderedPo;
import static dev.pitlane.procurement.support.Flows.poLine;
import static org.assertj.core.api.Assertions.assertThat;

class PurchaseOrderApiTest extends ProcurementTestBase {

    @Autowired
    OwnerDatabase owner;

    private final Item filter = Item.random("OF-1001");
    private final Item plug = Item.random("SP-2001");

    @Test
    void aDraftHasExactTotalsAndARunningNumber() {
        Org org = newOrg();
        String supplier = createSupplier(org.officer(), "Bosch India");
        var r = createPo(org.officer(), supplier, List.of(poLine(filter, 3, 33.335, 18), poLine(plug, 2.125, 449.99,
                2.5)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.<String>json("$.status")).isEqualTo("DRAFT");
        assertThat(r.<String>json("$.number")).isEqualTo("PO-000001");
        assertThat(r.<String>json("$.supplierName")).isEqualTo("Bosch India");
        assertThat(r.<String>json("$.currency")).isEqualTo("INR");
        assertThat(r.<Number>json("$.lines[0].netAmount").toString()).isEqualTo("100.01");
        assertThat(r.<Number>json("$.lines[0].taxAmount").toString()).isEqualTo("18.0");
        assertThat(r.<Number>json("$.lines[1].netAmount").toString()).isEqualTo("956.23");
        assertThat(r.<Number>json("$.subtotal").toString()).isEqualTo("1056.24");
        assertThat(r.<Number>json("$.taxTotal").toString()).isEqualTo("41.91");
        assertThat(r.<Number>json("$.total").toString()).isEqualTo("1098.15");
        assertThat(r.<String>json("$.history[0].toStatus")).isEqualTo("DRAFT");
        var second = createPo(org.officer(), supplier, List.of(poLine(filter, 1, 1, 0)));
        assertThat(second.<String>json("$.number")).isEqualTo("PO-000002");
    }

    @Test
    void theFullLifeWithTwoReceiptsPublishesTheAcceptedGoods() {
        Org org = newOrg();
        String supplier = createSupplier(org.officer(), "Bosch India");
        String po = orderedPo(org, supplier, List.of(poLine(filter, 10, 250, 18), poLine(plug, 4, 120.5, 28)));
        var ordered = org.staff().get("/api/v1/purchase-orders/" + po);
        assertThat(ordered.<String>json("$.status")).isEqualTo("ORDERED");
        assertThat(ordered.<String>json("$.approvedBy")).isEqualTo("admin-" + org.id);
        assertThat(ordered.<String>json("$.expectedDeliveryDate")).isNotNull();
        String filterLine = ordered.json("$.lines[0].id");
        String plugLine = ordered.json("$.lines[1].id");

        var first = org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", Json.of(
                "deliveryNoteNumber", "DN-77", "lines", List.of(
                        Map.of("lineId", filterLine, "receivedQuantity", 6, "rejectedQuantity", 1,
                                "rejectionReason", "dented"))), "Idempotency-Key", key());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.<Number>json("$.lines[0].acceptedQuantity").doubleValue()).isEqualTo(5.0);
        assertThat(first.<Number>json("$.lines[0].unitCost").doubleValue()).isEqualTo(250.0);
        assertThat(org.staff().get("/api/v1/purchase-orders/" + po).<String>json("$.status"))
                .isEqualTo("PARTIALLY_RECEIVED");

        var second = org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", Json.of("lines", List.of(
                Map.of("lineId", filterLine, "receivedQuantity", 5),
                Map.of("lineId", plugLine, "receivedQuantity", 4, "unitCost", 118.25))), "Idempotency-Key", key());
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        var received = org.staff().get("/api/v1/purchase-orders/" + po);
        assertThat(received.<String>json("$.status")).isEqualTo("RECEIVED");
        assertThat(received.<List<Number>>json("$.lines[*].outstandingQuantity"))
                .allSatisfy(n -> assertThat(n.doubleValue()).isZero());
        assertThat(org.staff().get("/api/v1/purchase-orders/" + po + "/receipts").<List<?>>json("$")).hasSize(2);

        String firstReceipt = first.json("$.id");
        var event = published().await(org.id, "PurchaseOrderReceived",
                d -> d.path("receiptId").asString().equals(firstReceipt));
        assertThat(event.key()).isEqualTo(po);
        assertThat(event.data().path("locationId").asString()).isEqualTo(Org.CENTRAL_WAREHOUSE.toString());
        assertThat(event.data().path("lines")).hasSize(1);
        assertThat(event.data().path("lines").get(0).path("quantity").decimalValue()).isEqualByComparingTo("5");
        assertThat(event.data().path("lines").get(0).path("netAmount").decimalValue()).isEqualByComparingTo("1250.00");
        assertThat(event.data().path("lines").get(0).path("taxAmount").decimalValue()).isEqualByComparingTo("225.00");
        assertThat(event.data().path("lines").get(0).path("taxRate").decimalValue()).isEqualByComparingTo("18");
        assertThat(event.data().path("lines").get(0).path("sku").asString()).isNotBlank();
        EventContracts.requirePublished("procurement-service", event);
        String secondReceipt = second.json("$.id");
        var secondEvent = published().await(org.id, "PurchaseOrderReceived",
                d -> d.path("receiptId").asString().equals(secondReceipt));
        assertThat(secondEvent.data().path("lines").get(1).path("unitCost").decimalValue())
                .isEqualByComparingTo("118.25");
    }

    @Test
    void aRetriedReceiptIsBookedOnce() {
        Org org = newOrg();
        String po = orderedPo(org, createSupplier(org.officer(), "Exide"), List.of(poLine(filter, 10, 100, 18)));
        String line = org.staff().get("/api/v1/purchase-orders/" + po).json("$.lines[0].id");
        String body = Json.of("lines", List.of(Map.of("lineId", line, "receivedQuantity", 4)));
        String key = key();
        var first = org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", body, "Idempotency-Key", key);
        var retry = org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", body, "Idempotency-Key", key);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.<String>json("$.id")).isEqualTo(first.json("$.id"));
        assertThat(owner.count("SELECT count(*) FROM goods_receipts WHERE purchase_order_id = '" + po + "'"))
                .isEqualTo(1);
        assertThat(org.staff().get("/api/v1/purchase-orders/" + po).<Number>json("$.lines[0].receivedQuantity")
                .doubleValue()).isEqualTo(4.0);
        var noKey = org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", body);
        assertThat(noKey.<String>json("$.code")).isEqualTo("missing-header");
    }

    @Test
    void overReceiptIsRefusedUnlessTheToleranceAllowsIt() {
        Org org = newOrg();
        String po = orderedPo(org, createSupplier(org.officer(), "Castrol"), List.of(poLine(filter, 10, 100, 18)));
        String line = org.staff().get("/api/v1/purchase-orders/" + po).json("$.lines[0].id");
        String eleven = Json.of("lines", List.of(Map.of("lineId", line, "receivedQuantity", 11)));
        var over = org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", eleven, "Idempotency-Key",
                key());
        assertThat(over.status()).isEqualTo(409);
        assertThat(over.<String>json("$.code")).isEqualTo("over-receipt");
        assertThat(owner.count("SELECT count(*) FROM goods_receipts WHERE purchase_order_id = '" + po + "'")).isZero();

        assertThat(org.staff().put("/api/v1/purchase-orders/settings", Json.of("approvalLimit", 500000,
                "overReceiptTolerancePercent", 10, "version", 0)).status()).isEqualTo(403);
        var settings = org.admin().put("/api/v1/purchase-orders/settings", Json.of("approvalLimit", 500000,
                "overReceiptTolerancePercent", 10, "version", 0));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        assertThat(settings.<Integer>json("$.version")).isEqualTo(1);
        assertThat(org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", eleven, "Idempotency-Key",
                key()).status()).isEqualTo(201);
        assertThat(org.staff().get("/api/v1/purchase-orders/" + po).<String>json("$.status")).isEqualTo("RECEIVED");
    }

    @Test
    void approvalNeedsAnotherPersonAndEnoughAuthority() {
        Org org = newOrg();
        String supplier = createSupplier(org.officer(), "Minda");
        // 423729.00 + 18% = 500000.22, just above the default limit
        String po = createPo(org.officer(), supplier, List.of(poLine(filter, 1, 423729, 18))).json("$.id");
        ok(org.officer().post("/api/v1/purchase-orders/" + po + "/submit", null));

        var self = org.officer().post("/api/v1/purchase-orders/" + po + "/approve", null);
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.<String>json("$.code")).isEqualTo("self-approval");
        var limited = org.officer("second-officer").post("/api/v1/purchase-orders/" + po + "/approve", null);
        assertThat(limited.status()).isEqualTo(403);
        assertThat(limited.<String>json("$.code")).isEqualTo("approval-limit-exceeded");
        var storeKeeper = org.warehouse().post("/api/v1/purchase-orders/" + po + "/approve", null);
        assertThat(storeKeeper.status()).isEqualTo(403);
        assertThat(storeKeeper.<String>json("$.code")).isEqualTo("forbidden");
        assertThat(org.staff().get("/api/v1/purchase-orders/" + po).<String>json("$.status"))
                .isEqualTo("PENDING_APPROVAL");
        var admin = org.admin().post("/api/v1/purchase-orders/" + po + "/approve", null);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.<String>json("$.status")).isEqualTo("APPROVED");

        // a lower limit for the organization binds officers too
        String small = createPo(org.admin(), supplier, List.of(poLine(plug, 1, 1000, 0))).json("$.id");
        ok(org.admin().post("/api/v1/purchase-orders/" + small + "/submit", null));
        ok(org.admin().put("/api/v1/purchase-orders/settings", Json.of("approvalLimit", 999.99,
                "overReceiptTolerancePercent", 0, "version", 0)));
        assertThat(org.officer().post("/api/v1/purchase-orders/" + small + "/approve", null).<String>json("$.code"))
                .isEqualTo("approval-limit-exceeded");
    }

    @Test
    void actionsTheStatusDoesNotAllowAnswer409() {
        Org org = newOrg();
        String supplier = createSupplier(org.officer(), "Exide");
        String po = createPo(org.officer(), supplier, List.of(poLine(filter, 2, 10, 18))).json("$.id");
        var approveDraft = org.admin().post("/api/v1/purchase-orders/" + po + "/approve", null);
        assertThat(approveDraft.status()).isEqualTo(409);
        assertThat(approveDraft.<String>json("$.code")).isEqualTo("illegal-transition");
        assertThat(approveDraft.<String>json("$.type")).endsWith("/illegal-transition");
        String line = org.staff().get("/api/v1/purchase-orders/" + po).json("$.lines[0].id");
        var receiveDraft = org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts",
                Json.of("lines", List.of(Map.of("lineId", line, "receivedQuantity", 1))), "Idempotency-Key", key());
        assertThat(receiveDraft.<String>json("$.code")).isEqualTo("illegal-transition");
        assertThat(org.officer().post("/api/v1/purchase-orders/" + po + "/order", null, "Idempotency-Key", key())
                .<String>json("$.code")).isEqualTo("illegal-transition");

        String ordered = orderedPo(org, supplier, List.of(poLine(filter, 2, 10, 18)));
        String orderedLine = org.staff().get("/api/v1/purchase-orders/" + ordered).json("$.lines[0].id");
        ok(org.warehouse().post("/api/v1/purchase-orders/" + ordered + "/receipts",
                Json.of("lines", List.of(Map.of("lineId", orderedLine, "receivedQuantity", 1))), "Idempotency-Key",
                key()));
        var cancel = org.officer().post("/api/v1/purchase-orders/" + ordered + "/cancel", Json.of("reason", "late"));
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.<String>json("$.code")).isEqualTo("illegal-transition");
        var edit = org.officer().put("/api/v1/purchase-orders/" + ordered, Json.of("supplierId", supplier,
                "deliveryLocationId", Org.CENTRAL_WAREHOUSE.toString(), "lines",
                List.of(poLine(filter, 1, 1, 0)), "version", 5));
        assertThat(edit.status()).isEqualTo(409);
    }

    @Test
    void aDraftCanBeRevisedRejectedOrCancelled() {
        Org org = newOrg();
        String supplier = createSupplier(org.officer(), "Bosch India");
        var draft = createPo(org.officer(), supplier, List.of(poLine(filter, 2, 10, 18)));
        String po = draft.json("$.id");
        var revised = org.officer().put("/api/v1/purchase-orders/" + po, Json.of("supplierId", supplier,
                "deliveryLocationId", Org.CENTRAL_WAREHOUSE.toString(), "notes", "urgent",
                "lines", List.of(poLine(plug, 5, 100, 28)), "version", 0));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.<List<String>>json("$.lines[*].sku")).containsExactly("SP-2001");
        assertThat(revised.<Number>json("$.total").doubleValue()).isEqualTo(640.0);

        ok(org.officer().post("/api/v1/purchase-orders/" + po + "/submit", null));
        var rejected = org.admin().post("/api/v1/purchase-orders/" + po + "/reject", Json.of("reason", "too dear"));
        assertThat(rejected.<String>json("$.status")).isEqualTo("REJECTED");
        assertThat(rejected.<String>json("$.closedReason")).isEqualTo("too dear");

        String other = createPo(org.officer(), supplier, List.of(poLine(filter, 1, 1, 0))).json("$.id");
        var cancelled = org.officer().post("/api/v1/purchase-orders/" + other + "/cancel", Json.of("reason", "dup"));
        assertThat(cancelled.<String>json("$.status")).isEqualTo("CANCELLED");
        assertThat(org.officer().post("/api/v1/purchase-orders/" + other + "/cancel", Json.of("reason", ""))
                .<String>json("$.code")).isEqualTo("validation-failed");
    }

    @Test
    void badDraftsAreRefused() {
        Org org = newOrg();
        String supplier = createSupplier(org.officer(), "Bosch India");
        var tooPrecise = createPo(org.officer(), supplier, List.of(poLine(filter, 1.0005, 10, 18)));
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(tooPrecise.<String>json("$.errors[0].field")).isEqualTo("lines[0].quantity");
        var duplicate = createPo(org.officer(), supplier, List.of(poLine(filter, 1, 10, 18), poLine(filter, 2, 10,
                18)));
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.<String>json("$.code")).isEqualTo("duplicate-item");
        var unknownSupplier = createPo(org.officer(), UUID.randomUUID().toString(),
                List.of(poLine(filter, 1, 10, 18)));
        assertThat(unknownSupplier.<String>json("$.code")).isEqualTo("unknown-supplier");
        String deleted = createSupplier(org.officer(), "Gone");
        org.officer().delete("/api/v1/suppliers/" + deleted);
        assertThat(createPo(org.officer(), deleted, List.of(poLine(filter, 1, 10, 18))).<String>json("$.code"))
                .isEqualTo("supplier-inactive");
        var noLines = createPo(org.officer(), supplier, List.of());
        assertThat(noLines.<String>json("$.errors[0].field")).isEqualTo("lines");
        assertThat(owner.count("SELECT count(*) FROM purchase_orders WHERE organization_id = '" + org.id + "'"))
                .isZero();
    }

    @Test
    void listsFilterAndAnotherOrganizationSeesNothing() {
        Org org = newOrg();
        String supplier = createSupplier(org.officer(), "Bosch India");
        String po = createPo(org.officer(), supplier, List.of(poLine(filter, 1, 10, 18))).json("$.id");
        createPo(org.officer(), supplier, List.of(poLine(plug, 1, 10, 18)));
        ok(org.officer().post("/api/v1/purchase-orders/" + po + "/submit", null));
        var pending = org.staff().get("/api/v1/purchase-orders?status=PENDING_APPROVAL");
        assertThat(pending.<List<String>>json("$.items[*].id")).containsExactly(po);
        assertThat(org.staff().get("/api/v1/purchase-orders?itemId=" + plug.id()).<Integer>json(
                "$.page.totalElements")).isEqualTo(1);
        assertThat(org.staff().get("/api/v1/purchase-orders?sort=total,desc&size=1").<Integer>json(
                "$.page.totalPages")).isEqualTo(2);
        assertThat(org.staff().get("/api/v1/purchase-orders?sort=secret").status()).isEqualTo(400);

        Org other = newOrg();
        assertThat(other.admin().get("/api/v1/purchase-orders/" + po).status()).isEqualTo(404);
        assertThat(other.admin().post("/api/v1/purchase-orders/" + po + "/approve", null).status()).isEqualTo(404);
        assertThat(other.admin().get("/api/v1/purchase-orders").<Integer>json("$.page.totalElements")).isZero();
        assertThat(org.staff().post("/api/v1/purchase-orders/" + po + "/approve", null).status()).isEqualTo(403);
    }
}
