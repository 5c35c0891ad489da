package dev.pitlane.inventory;

import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.Tenant;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.KafkaTap;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * procurement's events, published to the real broker as procurement would (fixtures checked against procurement's
 * contracts), delivered twice and out of order: each has one effect.
 */
class PartsFlowTest extends InventoryTestBase {

    private static final String PO_TOPIC = "procurement.purchase-order.v1";
    private static final String ISSUE_TOPIC = "procurement.parts-issue.v1";
    private static final String RESERVATIONS = "inventory.reservation.v1";

    private record Sent(String topic, EventContracts.Fixture event) {
    }

    /** procurement's event as its outbox would publish it, keyed by its purchase order or parts issue. */
    private Sent event(Tenant t, String topic, String type, UUID key, String data) {
        String aggregateType = topic.equals(PO_TOPIC) ? "PurchaseOrder" : "PartsIssue";
        return new Sent(topic, EventContracts.fixture("procurement-service", type, t.org, aggregateType, key, data));
    }

    private static void send(Sent... events) {
        for (Sent e : events) {
            e.event().publishTo(e.topic());
        }
    }

    /** What this service published on {@code topic}, each checked against its contract. */
    private static List<KafkaTap.Event> published(String topic, Tenant t, String type, int count,
                                                  Predicate<KafkaTap.Event> matching) {
        return KafkaTap.on(topic).await(type, e -> e.isOf(t.org, type) && matching.test(e), count).stream()
                .map(e -> EventContracts.requirePublished("inventory-service", e)).toList();
    }

    /** Sends a no-op event behind the others on the same partition and waits until it was handled. */
    private void drain(Tenant t, String topic, UUID key) {
        Sent marker = event(t, topic, "PartsIssueCancelled", key, """
                {"partsIssueId":"%s","number":"MARKER","reason":"marker"}""".formatted(UUID.randomUUID()));
        send(marker);
        db.awaitHandled(marker.event().eventId());
    }

    private static String received(UUID po, UUID receipt, UUID location, UUID item, int qty, int cost) {
        return """
                {"purchaseOrderId":"%s","purchaseOrderNumber":"PO-1","receiptId":"%s","receiptNumber":"GRN-1",
                 "supplierId":"%s","locationId":"%s","receivedAt":"%s",
                 "lines":[{"lineId":"%s","itemId":"%s","quantity":%d,"unitCost":%d,"currency":"INR"}]}"""
                .formatted(po, receipt, UUID.randomUUID(), location, Instant.now().minusSeconds(60),
                        UUID.randomUUID(), item, qty, cost);
    }

    private static String approved(UUID issue, UUID from, UUID to, String lines) {
        return """
                {"partsIssueId":"%s","number":"PI-1","fromLocationId":"%s","toLocationId":"%s",
                 "serviceCenterId":"%s","lines":[%s]}""".formatted(issue, from, to, UUID.randomUUID(), lines);
    }

    private static String line(UUID lineId, UUID item, Object qty) {
        return "{\"lineId\":\"%s\",\"itemId\":\"%s\",\"quantity\":%s}".formatted(lineId, item, qty);
    }

    @Test
    void aPurchaseReceiptDeliveredTwiceOrRepublishedPostsOneIn() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        UUID po = UUID.randomUUID();
        UUID receipt = UUID.randomUUID();
        Sent first = event(t, PO_TOPIC, "PurchaseOrderReceived", po, received(po, receipt, wh, item, 12, 250));
        Sent republished = event(t, PO_TOPIC, "PurchaseOrderReceived", po, received(po, receipt, wh, item, 12, 250));
        send(first, first, republished);
        drain(t, PO_TOPIC, po);
        t.balance(item, wh).is(12, 0, 0);
        var ledger = t.admin().get("/api/v1/stock/movements?itemId=" + item);
        assertThat(ledger.<List<String>>json("$.items[*].sourceDocumentId")).containsExactly(receipt.toString());
        assertThat(ledger.<String>json("$.items[0].sourceDocumentType")).isEqualTo("PURCHASE_ORDER");
        assertThat(dec(t.admin().get("/api/v1/items/" + item).json("$.lastPurchaseCost"))).isEqualByComparingTo("250");
    }

    @Test
    void anApprovalDeliveredTwiceReservesOnceAndAnswersOnce() {
        Tenant t = newTenant();
        UUID plenty = t.item();
        UUID scarce = t.item();
        UUID absent = t.item();
        UUID wh = t.warehouse();
        UUID store = t.store(UUID.randomUUID());
        t.receive(wh, plenty, 10, 100);
        t.receive(wh, scarce, 2, 100);
        UUID issue = UUID.randomUUID();
        UUID l1 = UUID.randomUUID();
        UUID l2 = UUID.randomUUID();
        String data = approved(issue, wh, store, line(l1, plenty, 6) + "," + line(l2, scarce, 5));
        Sent approval = event(t, ISSUE_TOPIC, "PartsIssueApproved", issue, data);
        send(approval, approval, event(t, ISSUE_TOPIC, "PartsIssueApproved", issue, data));
        drain(t, ISSUE_TOPIC, issue);
        t.balance(plenty, wh).is(10, 6, 0);
        t.balance(scarce, wh).is(2, 2, 0);
        var answer = published(RESERVATIONS, t, "StockReserved", 1, e -> e.value().contains(issue.toString()))
                .get(0).data();
        assertThat(answer.path("partial").asBoolean()).isTrue();
        assertThat(answer.path("lines").path(1).path("lineId").asString()).isEqualTo(l2.toString());
        assertThat(answer.path("lines").path(1).path("reservedQuantity").decimalValue()).isEqualByComparingTo("2");

        UUID rejectedIssue = UUID.randomUUID();
        send(event(t, ISSUE_TOPIC, "PartsIssueApproved", rejectedIssue,
                approved(rejectedIssue, wh, store, line(UUID.randomUUID(), absent, 1))));
        var rejected = published(RESERVATIONS, t, "ReservationRejected", 1,
                e -> e.value().contains(rejectedIssue.toString())).get(0);
        assertThat(rejected.data().path("reason").asString()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(KafkaTap.on(RESERVATIONS).events(t.org, "StockReserved")).hasSize(1);
    }

    @Test
    void dispatchAndReceiptApplyOnceInWhateverOrderTheyArrive() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        UUID store = t.store(UUID.randomUUID());
        t.receive(wh, item, 10, 100);
        UUID issue = UUID.randomUUID();
        UUID lineId = UUID.randomUUID();
        UUID shipment = UUID.randomUUID();
        send(event(t, ISSUE_TOPIC, "PartsIssueApproved", issue, approved(issue, wh, store, line(lineId, item, 7))));
        Sent receipt = event(t, ISSUE_TOPIC, "PartsIssueReceived", issue, """
                {"partsIssueId":"%s","number":"PI-1","shipmentId":"%s","fromLocationId":"%s","toLocationId":"%s",
                 "lines":[{"lineId":"%s","itemId":"%s","dispatchedQuantity":6,"receivedQuantity":4,
                           "damagedQuantity":1,"shortQuantity":1}]}""".formatted(issue, shipment, wh, store, lineId,
                item));
        Sent dispatch = event(t, ISSUE_TOPIC, "PartsIssueDispatched", issue, """
                {"partsIssueId":"%s","number":"PI-1","shipmentId":"%s","fromLocationId":"%s","toLocationId":"%s",
                 "lines":[%s]}""".formatted(issue, shipment, wh, store, line(lineId, item, 6)));
        send(receipt, receipt);
        drain(t, ISSUE_TOPIC, issue);
        t.balance(item, store).is(0, 0, 0);
        t.balance(item, wh).is(10, 7, 0);

        send(dispatch, dispatch, receipt);
        drain(t, ISSUE_TOPIC, issue);
        t.balance(item, wh).is(4, 0, 0);
        t.balance(item, store).is(4, 0, 0);
        assertThat(db.rows("SELECT reason, in_transit_delta FROM stock_ledger WHERE organization_id = '" + t.org
                + "' AND movement_type = 'ADJUSTMENT' ORDER BY reason").stream().map(r -> r.get(0)).toList())
                .containsExactly("DAMAGED_IN_TRANSIT", "SHORT_DELIVERY");
        assertThat(db.number("SELECT sum(value) FROM stock_balances WHERE organization_id = '" + t.org + "'"))
                .isEqualByComparingTo("800");
        var released = published(RESERVATIONS, t, "ReservationReleased", 1, e -> true).get(0);
        assertThat(released.data().path("lines").path(0).path("quantity").decimalValue()).isEqualByComparingTo("1");
        assertThat(published("inventory.stock.v1", t, "StockChanged", 4, e -> true)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aCancellationReleasesOnceAndAnApprovalAfterItReservesNothing() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        UUID store = t.store(UUID.randomUUID());
        t.receive(wh, item, 10, 100);
        UUID issue = UUID.randomUUID();
        Sent approval = event(t, ISSUE_TOPIC, "PartsIssueApproved", issue,
                approved(issue, wh, store, line(UUID.randomUUID(), item, 3)));
        Sent cancel = event(t, ISSUE_TOPIC, "PartsIssueCancelled", issue, """
                {"partsIssueId":"%s","number":"PI-1","reason":"customer changed their mind"}""".formatted(issue));
        send(approval, cancel, cancel, approval);
        drain(t, ISSUE_TOPIC, issue);
        t.balance(item, wh).is(10, 0, 0);
        assertThat(published(RESERVATIONS, t, "ReservationReleased", 1, e -> true)).hasSize(1);

        UUID late = UUID.randomUUID();
        Sent lateCancel = event(t, ISSUE_TOPIC, "PartsIssueCancelled", late, """
                {"partsIssueId":"%s","number":"PI-2","reason":"duplicate request"}""".formatted(late));
        send(lateCancel, event(t, ISSUE_TOPIC, "PartsIssueApproved", late,
                approved(late, wh, store, line(UUID.randomUUID(), item, 2))));
        drain(t, ISSUE_TOPIC, late);
        t.balance(item, wh).is(10, 0, 0);
        assertThat(KafkaTap.on(RESERVATIONS).events(t.org, "StockReserved")).hasSize(1);
    }
}
