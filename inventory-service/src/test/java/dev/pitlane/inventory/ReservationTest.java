package dev.pitlane.inventory;

import dev.pitlane.inventory.reservation.application.ReservationExpiryJob;
import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.Tenant;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.Concurrently;
import dev.pitlane.testsupport.KafkaTap;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReservationTest extends InventoryTestBase {

    @Autowired
    ReservationExpiryJob expiryJob;

    private static String reserve(UUID location, UUID item, Object quantity, String extra) {
        return """
                {"referenceType":"JOB_CARD","referenceId":"%s","locationId":"%s"%s,
                 "lines":[{"itemId":"%s","quantity":%s}]}""".formatted(UUID.randomUUID(),
                location, extra == null ? "" : "," + extra, item, quantity);
    }

    @Test
    void fiftyConcurrentReservationsOfOneUnitWhereTenAreAvailableGiveExactlyTenReservations() throws Exception {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 10, 100);
        TestHttp reserver = t.as("stock:reserve");
        List<TestHttp.Response> responses = Concurrently.run(50,
                () -> reserver.post("/api/v1/reservations", reserve(wh, item, 1, null), "Idempotency-Key", key()));
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(10);
        List<TestHttp.Response> refused = responses.stream().filter(r -> r.status() != 201).toList();
        assertThat(refused).hasSize(40).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.<String>json("$.code")).isEqualTo("insufficient-stock");
        });
        t.balance(item, wh).is(10, 10, 0);
        assertThat(t.balance(item, wh).available()).isEqualByComparingTo("0");
        assertThat(db.number("SELECT sum(quantity) FROM reservation_lines WHERE organization_id = '" + t.org + "'"))
                .isEqualByComparingTo("10");
    }

    @Test
    void aReservationIsReleasedOrConsumedOnceAndAnOutCannotTakeReservedStock() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 10, 100);
        var first = t.admin().post("/api/v1/reservations", reserve(wh, item, 6, null), "Idempotency-Key", key());
        assertStatus(first, 201);
        String id = first.json("$.id");
        assertStatus(t.post("OUT", wh, item, 5, null), 409);
        var consumed = t.admin().post("/api/v1/reservations/" + id + "/consume",
                "{\"lines\":[{\"itemId\":\"" + item + "\",\"quantity\":4}]}", "Idempotency-Key", key());
        assertStatus(consumed, 200);
        assertThat(consumed.<String>json("$.status")).isEqualTo("ACTIVE");
        t.balance(item, wh).is(6, 2, 0);
        var tooMuch = t.admin().post("/api/v1/reservations/" + id + "/consume",
                "{\"lines\":[{\"itemId\":\"" + item + "\",\"quantity\":3}]}", "Idempotency-Key", key());
        assertStatus(tooMuch, 422);
        var released = t.admin().post("/api/v1/reservations/" + id + "/release", null, "Idempotency-Key", key());
        assertStatus(released, 200);
        assertThat(released.<String>json("$.status")).isEqualTo("CONSUMED");
        t.balance(item, wh).is(6, 0, 0);
        assertStatus(t.admin().post("/api/v1/reservations/" + id + "/release", null, "Idempotency-Key", key()), 409);
        var out = t.admin().get("/api/v1/stock/movements?sourceDocumentType=JOB_CARD&itemId=" + item);
        assertThat(out.<List<String>>json("$.items[*].type")).containsExactly("OUT");
        var released1 = KafkaTap.on("inventory.reservation.v1").await(t.org, "ReservationReleased", 1).get(0);
        assertThat(released1.data().path("lines").path(0).path("quantity").decimalValue()).isEqualByComparingTo("2");
    }

    @Test
    void partialReservationsTakeWhatThereIs() {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 3, 100);
        var partial = t.admin().post("/api/v1/reservations", reserve(wh, item, 5, "\"allowPartial\":true"),
                "Idempotency-Key", key());
        assertStatus(partial, 201);
        assertThat(partial.<Boolean>json("$.partial")).isTrue();
        assertThat(dec(partial.json("$.lines[0].quantity"))).isEqualByComparingTo("3");
        var nothing = t.admin().post("/api/v1/reservations", reserve(wh, item, 1, "\"allowPartial\":true"),
                "Idempotency-Key", key());
        assertStatus(nothing, 409);
    }

    @Test
    void expiredReservationsAreReleasedByTheJob() throws Exception {
        Tenant t = newTenant();
        UUID item = t.item();
        UUID wh = t.warehouse();
        t.receive(wh, item, 5, 100);
        var r = t.admin().post("/api/v1/reservations",
                reserve(wh, item, 2, "\"expiresAt\":\"" + Instant.now().plusSeconds(1) + "\""), "Idempotency-Key",
                key());
        assertStatus(r, 201);
        var keep = t.admin().post("/api/v1/reservations",
                reserve(wh, item, 1, "\"expiresAt\":\"" + Instant.now().plusSeconds(3600) + "\""),
                "Idempotency-Key", key());
        assertStatus(keep, 201);
        // the job expires nothing until the short reservation's time has passed, then at least it
        Await.until(() -> expiryJob.expireDue() >= 1, "the one-second reservation expires");
        assertThat(t.admin().get("/api/v1/reservations/" + r.<String>json("$.id")).<String>json("$.status"))
                .isEqualTo("EXPIRED");
        assertThat(t.admin().get("/api/v1/reservations/" + keep.<String>json("$.id")).<String>json("$.status"))
                .isEqualTo("ACTIVE");
        t.balance(item, wh).is(5, 1, 0);
    }
}
