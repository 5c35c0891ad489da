package dev.pitlane.procurement.partsissue;

import dev.pitlane.procurement.support.Flows.Item;
import dev.pitlane.procurement.support.Inventory.ReservedLine;
import dev.pitlane.procurement.support.Inventory;
import dev.pitlane.procurement.support.InventorySimulator;
import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.procurement.support.ProcurementTestBase;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.OwnerDatabase;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.procurement.support.Flows.issueLine;
import static dev.pitlane.procurement.support.Flows.ok;
import static dev.pitlane.procurement.support.Flows.requestIssue;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole parts-issue flow inside this service, with inventory's answers arriving as real Kafka events. */
class PartsIssueFlowTest extends ProcurementTestBase {

    @Autowired
    OwnerDatabase owner;

    private final Item filter = Item.random("OF-1001");
    private final Item pads = Item.random("BP-3001");

    private String requested(Org org) {
        var r = requestIssue(org.storeKeeper(Org.ANDHERI), Org.ANDHERI, Org.ANDHERI_STORE,
                List.of(issueLine(filter, 10), issueLine(pads, 4)));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json("$.id");
    }

    private static TestHttp.Response approve(Org org, String issue) {
        return org.officer().post("/api/v1/parts-issues/" + issue + "/approve", null, "Idempotency-Key", key());
    }

    private static String line(Org org, String issue, int index) {
        return org.officer().get("/api/v1/parts-issues/" + issue).json("$.lines[" + index + "].id");
    }

    private InventorySimulator.Envelope reserved(Org org, String issue, UUID reservation, String first,
                                                 String second) {
        return Inventory.stockReserved(org.id, UUID.fromString(issue), reservation, List.of(
                new ReservedLine(UUID.fromString(line(org, issue, 0)), filter.id(), BigDecimal.TEN,
                        new BigDecimal(first)),
                new ReservedLine(UUID.fromString(line(org, issue, 1)), pads.id(), new BigDecimal("4"),
                        new BigDecimal(second))));
    }

    private static TestHttp.Response awaitStatus(Org org, String issue, String status) {
        return Await.until("parts issue " + issue + " " + status,
                () -> org.officer().get("/api/v1/parts-issues/" + issue),
                r -> status.equals(r.json("$.status")));
    }

    @Test
    void requestApproveReserveDispatchAndReceiveWithAShortLine() {
        Org org = newOrg();
        String issue = requested(org);
        var approved = approve(org, issue);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.<String>json("$.status")).isEqualTo("APPROVAL_PENDING_STOCK");
        var askForStock = published().await(org.id, "PartsIssueApproved",
                d -> d.path("partsIssueId").asString().equals(issue));
        assertThat(askForStock.key()).isEqualTo(issue);
        assertThat(askForStock.data().path("fromLocationId").asString()).isEqualTo(Org.CENTRAL_WAREHOUSE.toString());
        assertThat(askForStock.data().path("lines")).hasSize(2);

        UUID reservation = UUID.randomUUID();
        InventorySimulator.send(reserved(org, issue, reservation, "10", "4"));
        var ready = awaitStatus(org, issue, "APPROVED");
        assertThat(ready.<String>json("$.reservationId")).isEqualTo(reservation.toString());
        assertThat(ready.<Boolean>json("$.reservationPartial")).isFalse();
        assertThat(ready.<List<Number>>json("$.lines[*].approvedQuantity")).extracting(Number::doubleValue)
                .containsExactly(10.0, 4.0);

        var dispatched = org.warehouse().post("/api/v1/parts-issues/" + issue + "/dispatch",
                Json.of("carrier", "BlueDart", "trackingNumber", "BD-" + UUID.randomUUID()), "Idempotency-Key", key());
        assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
        assertThat(dispatched.<String>json("$.status")).isEqualTo("DISPATCHED");
        String shipment = dispatched.json("$.shipmentId");
        var shipmentView = org.officer().get("/api/v1/shipments/" + shipment);
        assertThat(shipmentView.<String>json("$.status")).isEqualTo("DISPATCHED");
        assertThat(shipmentView.<List<String>>json("$.trackingEvents[*].status")).containsExactly("CREATED",
                "DISPATCHED");
        var out = published().await(org.id, "PartsIssueDispatched",
                d -> d.path("partsIssueId").asString().equals(issue));
        assertThat(out.data().path("shipmentId").asString()).isEqualTo(shipment);
        assertThat(out.data().path("reservationId").asString()).isEqualTo(reservation.toString());

        String filterLine = line(org, issue, 0);
        String padsLine = line(org, issue, 1);
        var received = org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/receipts",
                Json.of("note", "one box of filters missing", "lines", List.of(
                        Map.of("lineId", filterLine, "receivedQuantity", 8, "shortQuantity", 2),
                        Map.of("lineId", padsLine, "receivedQuantity", 4))), "Idempotency-Key", key());
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.<String>json("$.status")).isEqualTo("RECEIVED_WITH_DISCREPANCY");

        var discrepancies = org.officer().get("/api/v1/parts-issues/" + issue + "/discrepancies");
        assertThat(discrepancies.<List<String>>json("$[*].sku")).containsExactly("OF-1001");
        assertThat(discrepancies.<Number>json("$[0].shortQuantity").doubleValue()).isEqualTo(2.0);
        assertThat(discrepancies.<String>json("$[0].note")).isEqualTo("one box of filters missing");
        var feed = org.officer().get("/api/v1/parts-issues/discrepancies?serviceCenterId=" + Org.ANDHERI);
        assertThat(feed.<List<String>>json("$.items[*].partsIssueId")).containsExactly(issue);
        assertThat(org.officer().get("/api/v1/shipments/" + shipment).<String>json("$.status"))
                .isEqualTo("DELIVERED");

        var in = published().await(org.id, "PartsIssueReceived",
                d -> d.path("partsIssueId").asString().equals(issue));
        assertThat(in.data().path("lines").get(0).path("shortQuantity").decimalValue()).isEqualByComparingTo("2");
        assertThat(in.data().path("lines").get(0).path("dispatchedQuantity").decimalValue())
                .isEqualByComparingTo("10");
        for (String type : List.of("PartsIssueApproved", "PartsIssueDispatched", "PartsIssueReceived")) {
            var event = published().await(org.id, type, d -> d.path("partsIssueId").asString().equals(issue));
            EventContracts.requirePublished("procurement-service", event);
        }
        assertThat(org.officer().get("/api/v1/parts-issues/" + issue).<List<String>>json("$.history[*].toStatus"))
                .containsExactly("REQUESTED", "APPROVAL_PENDING_STOCK", "APPROVED", "DISPATCHED",
                        "RECEIVED_WITH_DISCREPANCY");
    }

    @Test
    void aPartialReservationApprovesPartAndDispatchIsCappedByIt() {
        Org org = newOrg();
        String issue = requested(org);
        ok(approve(org, issue));
        InventorySimulator.send(reserved(org, issue, UUID.randomUUID(), "6", "0"));
        var ready = awaitStatus(org, issue, "APPROVED");
        assertThat(ready.<Boolean>json("$.reservationPartial")).isTrue();
        assertThat(ready.<List<Number>>json("$.lines[*].approvedQuantity")).extracting(Number::doubleValue)
                .containsExactly(6.0, 0.0);
        String filterLine = line(org, issue, 0);
        var tooMuch = org.warehouse().post("/api/v1/parts-issues/" + issue + "/dispatch", Json.of("carrier", "DTDC",
                "trackingNumber", "T-" + UUID.randomUUID(), "lines",
                List.of(Map.of("lineId", filterLine, "quantity", 7))), "Idempotency-Key", key());
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.<String>json("$.code")).isEqualTo("exceeds-approved");
        assertThat(owner.count("SELECT count(*) FROM shipments WHERE parts_issue_id = '" + issue + "'")).isZero();
        var sent = org.warehouse().post("/api/v1/parts-issues/" + issue + "/dispatch", Json.of("carrier", "DTDC",
                "trackingNumber", "T-" + UUID.randomUUID()), "Idempotency-Key", key());
        assertThat(sent.<List<Number>>json("$.lines[*].dispatchedQuantity")).extracting(Number::doubleValue)
                .containsExactly(6.0, 0.0);
        var event = published().await(org.id, "PartsIssueDispatched",
                d -> d.path("partsIssueId").asString().equals(issue));
        assertThat(event.data().path("lines")).hasSize(1);
        var receipt = org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/receipts",
                Json.of("lines", List.of(Map.of("lineId", filterLine, "receivedQuantity", 5, "damagedQuantity", 0,
                        "shortQuantity", 0))), "Idempotency-Key", key());
        assertThat(receipt.status()).isEqualTo(422);
        assertThat(receipt.<String>json("$.code")).isEqualTo("quantity-mismatch");
    }

    @Test
    void inventorySayingNoRejectsTheIssue() {
        Org org = newOrg();
        String issue = requested(org);
        ok(approve(org, issue));
        InventorySimulator.send(Inventory.reservationRejected(org.id, UUID.fromString(issue),
                UUID.fromString(line(org, issue, 0)), filter.id(), BigDecimal.TEN));
        var rejected = awaitStatus(org, issue, "REJECTED");
        assertThat(rejected.<String>json("$.closedReason")).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(org.warehouse().post("/api/v1/parts-issues/" + issue + "/dispatch", Json.of("carrier", "X",
                "trackingNumber", "Y"), "Idempotency-Key", key()).<String>json("$.code"))
                .isEqualTo("illegal-transition");
    }

    @Test
    void aRedeliveredReservationHasOneEffect() {
        Org org = newOrg();
        String issue = requested(org);
        ok(approve(org, issue));
        UUID reservation = UUID.randomUUID();
        InventorySimulator.Envelope answer = reserved(org, issue, reservation, "10", "4");
        InventorySimulator.send(answer);
        InventorySimulator.send(answer);
        // the same answer again as a new event (inventory's relay retried a batch after a crash)
        InventorySimulator.send(reserved(org, issue, reservation, "10", "4"));
        awaitStatus(org, issue, "APPROVED");
        // a later answer on the same partition: once it is handled, the three before it were too
        InventorySimulator.Envelope later = Inventory.reservationRejected(org.id, UUID.fromString(issue),
                UUID.fromString(line(org, issue, 0)), filter.id(), BigDecimal.TEN);
        InventorySimulator.send(later);
        owner.awaitHandled(later.eventId());
        assertThat(owner.count("SELECT count(*) FROM parts_issue_status_changes WHERE parts_issue_id = '" + issue
                + "' AND to_status = 'APPROVED'")).isEqualTo(1);
        assertThat(owner.handled(answer.eventId())).isTrue();
    }

    @Test
    void aReservationArrivingAfterTheCancellationDoesNotResurrectTheIssue() {
        Org org = newOrg();
        String issue = requested(org);
        ok(approve(org, issue));
        var cancelled = org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/cancel",
                Json.of("reason", "found them in the Whitefield store"));
        assertThat(cancelled.<String>json("$.status")).isEqualTo("CANCELLED");
        var cancelEvent = published().await(org.id, "PartsIssueCancelled",
                d -> d.path("partsIssueId").asString().equals(issue));
        EventContracts.requirePublished("procurement-service", cancelEvent);
        // on the topic, the approval comes before the cancellation: inventory reserves, then releases
        var ofIssue = published().events(org.id).stream().filter(r -> r.key().equals(issue)).map(r -> r.type())
                .toList();
        assertThat(ofIssue).containsSubsequence("PartsIssueApproved", "PartsIssueCancelled");

        UUID reservation = UUID.randomUUID();
        InventorySimulator.send(reserved(org, issue, reservation, "10", "4"));
        Await.until("the late answer noted", () -> org.officer().get("/api/v1/parts-issues/" + issue),
                r -> r.<List<String>>json("$.history[*].note").stream()
                        .anyMatch(n -> n != null && n.contains(reservation.toString())));
        InventorySimulator.send(Inventory.reservationReleased(org.id, UUID.fromString(issue), reservation,
                filter.id(), BigDecimal.TEN));
        var after = Await.until("the release recorded", () -> org.officer().get("/api/v1/parts-issues/" + issue),
                r -> r.json("$.reservationReleasedAt") != null);
        assertThat(after.<String>json("$.status")).isEqualTo("CANCELLED");
        assertThat(after.<List<Object>>json("$.lines[*].approvedQuantity")).isEmpty();
        assertThat(published().events(org.id, "PartsIssueCancelled").stream()
                .filter(r -> r.key().equals(issue))).hasSize(1);
    }

    @Test
    void aRejectionAfterTheReservationIsIgnored() {
        Org org = newOrg();
        String issue = requested(org);
        ok(approve(org, issue));
        InventorySimulator.send(reserved(org, issue, UUID.randomUUID(), "10", "4"));
        InventorySimulator.Envelope rejection = Inventory.reservationRejected(org.id, UUID.fromString(issue),
                UUID.fromString(line(org, issue, 0)), filter.id(), BigDecimal.TEN);
        InventorySimulator.send(rejection);
        owner.awaitHandled(rejection.eventId());
        assertThat(org.officer().get("/api/v1/parts-issues/" + issue).<String>json("$.status")).isEqualTo("APPROVED");
    }

    @Test
    void reservationsForOtherDocumentsPassBy() {
        Org org = newOrg();
        InventorySimulator.Envelope jobCard = Inventory.jobCardReserved(org.id, UUID.randomUUID(), filter.id());
        InventorySimulator.send(jobCard);
        owner.awaitHandled(jobCard.eventId());
    }

    @Test
    void serviceCenterStaffSeeAndActOnlyForTheirCenters() {
        Org org = newOrg();
        String andheri = requested(org);
        var whitefieldKeeper = org.storeKeeper(Org.WHITEFIELD);
        assertThat(whitefieldKeeper.get("/api/v1/parts-issues/" + andheri).status()).isEqualTo(404);
        assertThat(whitefieldKeeper.post("/api/v1/parts-issues/" + andheri + "/cancel", Json.of("reason", "x"))
                .status()).isEqualTo(404);
        assertThat(whitefieldKeeper.get("/api/v1/parts-issues").<Integer>json("$.page.totalElements")).isZero();
        var forAndheri = requestIssue(whitefieldKeeper, Org.ANDHERI, Org.ANDHERI_STORE,
                List.of(issueLine(filter, 1)));
        assertThat(forAndheri.status()).isEqualTo(403);
        assertThat(forAndheri.<String>json("$.code")).isEqualTo("service-center-forbidden");
        var own = requestIssue(whitefieldKeeper, Org.WHITEFIELD, Org.WHITEFIELD_STORE, List.of(issueLine(filter, 1)));
        assertThat(own.status()).isEqualTo(201);
        assertThat(whitefieldKeeper.get("/api/v1/parts-issues").<List<String>>json("$.items[*].id"))
                .containsExactly(own.<String>json("$.id"));
        assertThat(org.officer().get("/api/v1/parts-issues").<Integer>json("$.page.totalElements")).isEqualTo(2);
        assertThat(org.officer().get("/api/v1/parts-issues?serviceCenterId=" + Org.WHITEFIELD)
                .<Integer>json("$.page.totalElements")).isEqualTo(1);
    }

    @Test
    void onlyApproversApproveAndOnlyDispatchersDispatch() {
        Org org = newOrg();
        String issue = requested(org);
        var keeper = org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/approve", null,
                "Idempotency-Key", key());
        assertThat(keeper.status()).isEqualTo(403);
        assertThat(org.staff().post("/api/v1/parts-issues/" + issue + "/approve", null, "Idempotency-Key", key())
                .status()).isEqualTo(403);
        assertThat(org.officer().post("/api/v1/parts-issues/" + issue + "/approve", null).<String>json("$.code"))
                .isEqualTo("missing-header");
        ok(approve(org, issue));
        var twice = approve(org, issue);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.<String>json("$.code")).isEqualTo("illegal-transition");
        assertThat(org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/dispatch",
                Json.of("carrier", "X", "trackingNumber", "Y"), "Idempotency-Key", key()).status()).isEqualTo(403);
        var early = org.warehouse().post("/api/v1/parts-issues/" + issue + "/dispatch",
                Json.of("carrier", "X", "trackingNumber", "Y"), "Idempotency-Key", key());
        assertThat(early.status()).isEqualTo(409);
        var receiveEarly = org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/receipts",
                Json.of("lines", List.of(Map.of("lineId", line(org, issue, 0), "receivedQuantity", 1))),
                "Idempotency-Key", key());
        assertThat(receiveEarly.<String>json("$.code")).isEqualTo("illegal-transition");
    }

    @Test
    void badRequestsAreRefusedAndAnotherOrganizationSeesNothing() {
        Org org = newOrg();
        var sameStore = org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues", Json.of("serviceCenterId",
                Org.ANDHERI.toString(), "fromLocationId", Org.ANDHERI_STORE.toString(), "toLocationId",
                Org.ANDHERI_STORE.toString(), "lines", List.of(issueLine(filter, 1))));
        assertThat(sameStore.<String>json("$.code")).isEqualTo("same-location");
        var zero = requestIssue(org.storeKeeper(Org.ANDHERI), Org.ANDHERI, Org.ANDHERI_STORE,
                List.of(issueLine(filter, 0)));
        assertThat(zero.<String>json("$.errors[0].field")).isEqualTo("lines[0].quantity");
        String issue = requested(org);
        Org other = newOrg();
        assertThat(other.admin().get("/api/v1/parts-issues/" + issue).status()).isEqualTo(404);
        assertThat(other.admin().post("/api/v1/parts-issues/" + issue + "/approve", null, "Idempotency-Key", key())
                .status()).isEqualTo(404);
        assertThat(other.admin().get("/api/v1/parts-issues/" + issue + "/discrepancies").status()).isEqualTo(404);
    }

    @Test
    void theDiscrepancyFeedPagesWithACursor() {
        Org org = newOrg();
        for (int i = 0; i < 3; i++) {
            String issue = requested(org);
            ok(approve(org, issue));
            InventorySimulator.send(reserved(org, issue, UUID.randomUUID(), "10", "4"));
            awaitStatus(org, issue, "APPROVED");
            ok(org.warehouse().post("/api/v1/parts-issues/" + issue + "/dispatch", Json.of("carrier", "X",
                    "trackingNumber", "T-" + UUID.randomUUID()), "Idempotency-Key", key()));
            ok(org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/receipts", Json.of("lines",
                    List.of(Map.of("lineId", line(org, issue, 0), "receivedQuantity", 9, "damagedQuantity", 1),
                            Map.of("lineId", line(org, issue, 1), "receivedQuantity", 3, "shortQuantity", 1))),
                    "Idempotency-Key", key()));
        }
        var first = org.officer().get("/api/v1/parts-issues/discrepancies?limit=4");
        assertThat(first.<List<?>>json("$.items")).hasSize(4);
        String next = first.json("$.next");
        var second = org.officer().get("/api/v1/parts-issues/discrepancies?limit=4&cursor=" + next);
        assertThat(second.<List<?>>json("$.items")).hasSize(2);
        assertThat(second.<String>json("$.next")).isNull();
        assertThat(org.officer().get("/api/v1/parts-issues/discrepancies?itemId=" + pads.id())
                .<List<?>>json("$.items")).hasSize(3);
        assertThat(org.officer().get("/api/v1/parts-issues/discrepancies?cursor=garbage").status()).isEqualTo(400);
        assertThat(org.storeKeeper(Org.WHITEFIELD).get("/api/v1/parts-issues/discrepancies")
                .<List<?>>json("$.items")).isEmpty();
    }
}
