package dev.pitlane.procurement.demo;

import dev.pitlane.procurement.support.Inventory;
import dev.pitlane.procurement.support.InventorySimulator;
import dev.pitlane.procurement.support.ProcurementTestBase;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.KafkaTap;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data, stepped on pass by pass with inventory's answers played in between, and repeated harmlessly. */
class DemoDataTest extends ProcurementTestBase {

    @Autowired
    DemoData demo;

    private TestHttp admin() {
        return http().withToken(TestTokens.issuer().user(DemoData.DEMO_ORG).roles("ORG_ADMIN").permissions(
                "supplier:read", "purchase-order:read", "parts-issue:read", "shipment:read").mint());
    }

    private List<String> statuses() {
        return admin().get("/api/v1/parts-issues?size=50").json("$.items[*].status");
    }

    /** Answers as inventory would: the clutch kit is not stocked; the issue meant to wait gets no answer. */
    private void answerApprovals(Set<String> answered) {
        for (KafkaTap.Event approved : published().events(DemoData.DEMO_ORG, "PartsIssueApproved")) {
            JsonNode data = approved.data();
            String issue = data.path("partsIssueId").asString();
            String note = admin().get("/api/v1/parts-issues/" + issue).json("$.note");
            if (!answered.add(issue) || note.endsWith("approval pending stock")) {
                continue;
            }
            JsonNode first = data.path("lines").get(0);
            UUID itemId = UUID.fromString(first.path("itemId").asString());
            if (itemId.equals(DemoItems.CLUTCH_KIT.id())) {
                InventorySimulator.send(Inventory.reservationRejected(DemoData.DEMO_ORG, UUID.fromString(issue),
                        UUID.fromString(first.path("lineId").asString()), itemId, BigDecimal.ONE));
                continue;
            }
            List<Inventory.ReservedLine> lines = new ArrayList<>();
            data.path("lines").forEach(l -> lines.add(new Inventory.ReservedLine(
                    UUID.fromString(l.path("lineId").asString()), UUID.fromString(l.path("itemId").asString()),
                    l.path("quantity").decimalValue(), l.path("quantity").decimalValue())));
            InventorySimulator.send(Inventory.stockReserved(DemoData.DEMO_ORG, UUID.fromString(issue),
                    UUID.randomUUID(), lines));
        }
    }

    @Test
    void everyStatusOnceAndRepeatingChangesNothing() {
        assertThat(demo.pass(false)).isFalse();
        assertThat(demo.pass(false)).isFalse();
        assertThat(admin().get("/api/v1/suppliers").<List<String>>json("$.items[*].name"))
                .containsExactlyInAnyOrder("Bosch India", "Minda Industries", "Exide", "Castrol India");
        var pos = admin().get("/api/v1/purchase-orders");
        assertThat(pos.<List<String>>json("$.items[*].status")).containsExactly("RECEIVED");
        assertThat(statuses()).hasSize(8).containsOnly("REQUESTED", "CANCELLED");

        demo.pass(true);
        Await.until("six approvals sent", () -> published().events(DemoData.DEMO_ORG, "PartsIssueApproved"),
                l -> l.size() == 6);
        Set<String> answered = new HashSet<>();
        answerApprovals(answered);
        Await.until("inventory's answers applied", this::statuses, s -> s.stream()
                .filter(x -> x.equals("APPROVED")).count() == 4 && s.contains("REJECTED"));
        boolean done = false;
        for (int i = 0; i < 4 && !done; i++) {
            done = demo.pass(true);
        }
        assertThat(done).isTrue();
        assertThat(statuses()).containsExactlyInAnyOrder("REQUESTED", "APPROVAL_PENDING_STOCK", "APPROVED",
                "REJECTED", "DISPATCHED", "RECEIVED", "RECEIVED_WITH_DISCREPANCY", "CANCELLED");
        assertThat(admin().get("/api/v1/parts-issues/discrepancies").<List<Number>>json("$.items[*].shortQuantity"))
                .extracting(Number::intValue).containsExactly(1);

        demo.pass(true);
        assertThat(statuses()).hasSize(8);
        assertThat(admin().get("/api/v1/suppliers").<Integer>json("$.page.totalElements")).isEqualTo(4);
        assertThat(admin().get("/api/v1/purchase-orders").<Integer>json("$.page.totalElements")).isEqualTo(1);
        assertThat(admin().get("/api/v1/shipments").<Integer>json("$.page.totalElements")).isEqualTo(3);
    }

    @Test
    void demoItemIdsAreNameBasedOnTheSku() {
        assertThat(DemoItems.idOf("OF-BOSCH-0986")).isEqualTo(UUID.nameUUIDFromBytes(
                "demo-item:OF-BOSCH-0986".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(DemoItems.idOf("OF-BOSCH-0986").version()).isEqualTo(3);
    }
}
