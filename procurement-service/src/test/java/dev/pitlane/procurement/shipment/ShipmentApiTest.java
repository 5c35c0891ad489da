package dev.pitlane.procurement.shipment;

import dev.pitlane.procurement.support.Flows.Item;
import dev.pitlane.procurement.support.Flows;
import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.procurement.support.ProcurementTestBase;
import dev.pitlane.testsupport.EventContracts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ShipmentApiTest extends ProcurementTestBase {

    private final Item filter = Item.random("OF-1001");

    @Test
    void aCarrierReportsTheWayToTheStore() {
        Org org = newOrg();
        String tracking = "BD-" + UUID.randomUUID();
        String shipment = Flows.dispatchedIssue(org, tracking, filter).json("$.shipmentId");
        Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

        var inTransit = org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", Json.of(
                "status", "IN_TRANSIT", "location", "Bhiwandi hub", "occurredAt", t0.toString()));
        assertThat(inTransit.status()).as(inTransit.toString()).isEqualTo(201);
        assertThat(inTransit.<Boolean>json("$.applied")).isTrue();
        assertThat(inTransit.<String>json("$.shipmentStatus")).isEqualTo("IN_TRANSIT");

        var late = org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", Json.of(
                "status", "EXCEPTION", "location", "Bhiwandi gate", "note", "held at the gate",
                "occurredAt", t0.minusSeconds(600).toString()));
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.<Boolean>json("$.applied")).isFalse();
        assertThat(late.<String>json("$.shipmentStatus")).isEqualTo("IN_TRANSIT");

        var delivered = org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", Json.of(
                "status", "DELIVERED", "location", "Andheri store", "occurredAt", t0.plusSeconds(60).toString()));
        assertThat(delivered.<String>json("$.shipmentStatus")).isEqualTo("DELIVERED");
        var backInTransit = org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", Json.of(
                "status", "IN_TRANSIT", "occurredAt", t0.plusSeconds(120).toString()));
        assertThat(backInTransit.status()).isEqualTo(409);
        assertThat(backInTransit.<String>json("$.code")).isEqualTo("illegal-transition");

        var view = org.officer().get("/api/v1/shipments/" + shipment);
        assertThat(view.<String>json("$.status")).isEqualTo("DELIVERED");
        assertThat(view.<String>json("$.lastLocation")).isEqualTo("Andheri store");
        assertThat(view.<String>json("$.trackingNumber")).isEqualTo(tracking);
        assertThat(view.<List<String>>json("$.lines[*].sku")).containsExactly("OF-1001");
        var history = org.officer().get("/api/v1/shipments/" + shipment + "/tracking-events");
        assertThat(history.<List<String>>json("$[*].status")).containsExactly("EXCEPTION", "CREATED", "DISPATCHED",
                "IN_TRANSIT", "DELIVERED");

        var mine = Flows.awaitAll(() -> published().events(org.id, "ShipmentStatusChanged"), 3);
        assertThat(mine).extracting(r -> r.data().path("status").asString())
                .containsExactly("DISPATCHED", "IN_TRANSIT", "DELIVERED");
        mine.forEach(r -> EventContracts.requirePublished("procurement-service", r));
        assertThat(mine).allSatisfy(r -> assertThat(r.key()).isEqualTo(shipment));

        // the store's receipt keeps the carrier's delivery
        String issue = view.json("$.partsIssueId");
        String line = org.officer().get("/api/v1/parts-issues/" + issue).json("$.lines[0].id");
        Flows.ok(org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/receipts",
                Json.of("lines", List.of(Map.of("lineId", line, "receivedQuantity", 5))), "Idempotency-Key", key()));
        assertThat(org.officer().get("/api/v1/shipments/" + shipment + "/tracking-events")
                .<List<?>>json("$")).hasSize(5);
    }

    @Test
    void onlyTrackersTrackAndStaffSeeTheirCentersOnly() {
        Org org = newOrg();
        String shipment = Flows.dispatchedIssue(org, "BD-" + UUID.randomUUID(), filter).json("$.shipmentId");
        String report = Json.of("status", "IN_TRANSIT");
        assertThat(org.officer().post("/api/v1/shipments/" + shipment + "/tracking-events", report).status())
                .isEqualTo(403);
        assertThat(org.storeKeeper(Org.WHITEFIELD).get("/api/v1/shipments/" + shipment).status()).isEqualTo(404);
        assertThat(org.storeKeeper(Org.WHITEFIELD).get("/api/v1/shipments").<Integer>json("$.page.totalElements"))
                .isZero();
        assertThat(org.storeKeeper(Org.ANDHERI).get("/api/v1/shipments").<Integer>json("$.page.totalElements"))
                .isEqualTo(1);
        assertThat(newOrg().carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", report).status())
                .isEqualTo(404);
        var future = org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", Json.of("status",
                "IN_TRANSIT", "occurredAt", Instant.now().plusSeconds(3600).toString()));
        assertThat(future.<String>json("$.errors[0].field")).isEqualTo("occurredAt");
        var unknownStatus = org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events",
                Json.of("status", "LOST"));
        assertThat(unknownStatus.<String>json("$.code")).isEqualTo("type-mismatch");
        assertThat(org.officer().get("/api/v1/shipments?status=DISPATCHED").<List<String>>json("$.items[*].id"))
                .containsExactly(shipment);
    }

    @Test
    void aCarrierRetryWithTheSameKeyIsRecordedOnce() {
        Org org = newOrg();
        String shipment = Flows.dispatchedIssue(org, "BD-" + UUID.randomUUID(), filter).json("$.shipmentId");
        String report = Json.of("status", "IN_TRANSIT", "location", "Vashi");
        String key = key();
        var first = org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", report,
                "Idempotency-Key", key);
        var retry = org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", report,
                "Idempotency-Key", key);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.<Integer>json("$.id")).isEqualTo(first.<Integer>json("$.id"));
        assertThat(org.officer().get("/api/v1/shipments/" + shipment + "/tracking-events").<List<?>>json("$"))
                .hasSize(3);
    }
}
