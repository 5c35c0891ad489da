package dev.pitlane.procurement.contract;

import dev.pitlane.procurement.support.Flows.Item;
import dev.pitlane.procurement.support.Flows;
import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.procurement.support.ProcurementTestBase;
import dev.pitlane.testsupport.EventContracts;
import dev.pitlane.testsupport.KafkaTap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.pitlane.procurement.support.Flows.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Producer side of the contracts: every event this service publishes, taken off the real broker, fits its JSON
 * Schema in contracts/events/procurement-service, and every schema there is one this service publishes.
 */
class PublishedEventsContractTest extends ProcurementTestBase {

    @Test
    void everyPublishedEventFitsItsContract() {
        Org org = newOrg();
        Item filter = Item.random("OF-1001");
        String supplier = Flows.createSupplier(org.officer(), "Bosch India");
        String po = Flows.orderedPo(org, supplier, List.of(Flows.poLine(filter, 3, 250, 18)));
        String poLine = org.staff().get("/api/v1/purchase-orders/" + po).json("$.lines[0].id");
        ok(org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", Json.of("lines",
                List.of(Map.of("lineId", poLine, "receivedQuantity", 3))), "Idempotency-Key", key()));

        var dispatched = Flows.dispatchedIssue(org, "BD-contract-" + org.id, filter);
        String issue = dispatched.json("$.id");
        String shipment = dispatched.json("$.shipmentId");
        ok(org.carrier().post("/api/v1/shipments/" + shipment + "/tracking-events", Json.of("status", "IN_TRANSIT",
                "location", "Thane")));
        ok(org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/receipts", Json.of("lines",
                List.of(Map.of("lineId", dispatched.<String>json("$.lines[0].id"), "receivedQuantity", 4,
                        "damagedQuantity", 1))), "Idempotency-Key", key()));
        String cancelled = Flows.approvedIssue(org, filter);
        ok(org.officer().post("/api/v1/parts-issues/" + cancelled + "/cancel", Json.of("reason", "not needed")));

        Set<String> expected = EventContracts.eventTypes("procurement-service");
        var events = Flows.awaitAll(() -> published().events(org.id).stream()
                .filter(r -> expected.contains(r.type())).map(KafkaTap.Event::type).distinct().toList(),
                expected.size());
        assertThat(events).containsExactlyInAnyOrderElementsOf(expected);
        for (KafkaTap.Event r : published().events(org.id)) {
            assertThat(expected).as("a contract for " + r.type()).contains(r.type());
            EventContracts.requirePublished("procurement-service", r);
            assertThat(r.envelope().path("eventVersion").asInt()).isEqualTo(1);
            assertThat(r.key()).isEqualTo(r.envelope().path("aggregateId").asString());
        }
    }

    @Test
    void theSchemasRefuseWhatBreaksTheContract() {
        String broken = """
                {"partsIssueId":"not-a-uuid","number":"PI-1","shipmentId":"7e57da7a-0000-4000-8000-000000000001",
                 "fromLocationId":"7e57da7a-0000-4000-8000-000000000201",
                 "toLocationId":"7e57da7a-0000-4000-8000-000000000202",
                 "lines":[{"lineId":"7e57da7a-0000-4000-8000-000000000001",
                           "itemId":"7e57da7a-0000-4000-8000-000000000001","quantity":0}]}""";
        assertThat(EventContracts.violations("procurement-service", "PartsIssueDispatched", broken)).isNotEmpty();
    }
}
