package dev.pitlane.inventory.support;

import dev.pitlane.testsupport.TestHttp;
import org.assertj.core.api.Assertions;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.pitlane.inventory.support.InventoryTestBase.assertStatus;
import static dev.pitlane.inventory.support.InventoryTestBase.dec;
import static dev.pitlane.inventory.support.InventoryTestBase.key;

/** An organization of its own for one test, with helpers that build its catalog and post its stock over HTTP. */
public final class Tenant {

    public final UUID org;
    private final InventoryTestBase test;
    private UUID pcs;

    Tenant(InventoryTestBase test, UUID org) {
        this.test = test;
        this.org = org;
    }

    public TestHttp admin() {
        return as(InventoryTestBase.ALL_PERMISSIONS);
    }

    public TestHttp as(String... permissions) {
        return test.http().withToken(test.tokens.user(org).permissions(permissions).mint());
    }

    public UUID pcs() {
        if (pcs == null) {
            pcs = unit("pcs", null, 1, false);
        }
        return pcs;
    }

    public UUID unit(String code, UUID base, int factor, boolean fractional) {
        var r = admin().post("/api/v1/units", """
                {"code":"%s","name":"%s","baseUnitId":%s,"factor":%d,"fractional":%s}"""
                .formatted(code, code, base == null ? "null" : "\"" + base + "\"", factor, fractional));
        assertStatus(r, 201);
        return UUID.fromString(r.json("$.id"));
    }

    public UUID item(String tracking) {
        return item(tracking, pcs(), null);
    }

    public UUID item(String tracking, UUID unit, Integer shelfLifeDays) {
        String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
        var r = admin().post("/api/v1/items", """
                {"sku":"%s","partNumber":"PN-%s","name":"Part %s","brand":"Bosch India","unitId":"%s",
                 "hsnCode":"8708","gstRate":28,"standardCost":100,"sellingPrice":150,"trackingMode":"%s",
                 "shelfLifeDays":%s}""".formatted(sku, sku, sku, unit, tracking,
                shelfLifeDays == null ? "null" : shelfLifeDays));
        assertStatus(r, 201);
        return UUID.fromString(r.json("$.id"));
    }

    public UUID item() {
        return item("NONE");
    }

    public UUID warehouse() {
        return location("CENTRAL_WAREHOUSE", null);
    }

    public UUID store(UUID serviceCenter) {
        return location("SERVICE_CENTER_STORE", serviceCenter);
    }

    private UUID location(String type, UUID serviceCenter) {
        String code = "L-" + UUID.randomUUID().toString().substring(0, 6);
        var r = admin().post("/api/v1/locations", """
                {"code":"%s","name":"Location %s","type":"%s","serviceCenterId":%s}"""
                .formatted(code, code, type, serviceCenter == null ? "null" : "\"" + serviceCenter + "\""));
        assertStatus(r, 201);
        return UUID.fromString(r.json("$.id"));
    }

    /** Posts one line; asserts nothing about the answer. */
    public TestHttp.Response post(String type, UUID location, UUID item, Object quantity, String extra) {
        return admin().post("/api/v1/stock/movements", """
                {"type":"%s","locationId":"%s"%s,"lines":[{"itemId":"%s","quantity":%s}]}"""
                .formatted(type, location, extra == null ? "" : "," + extra, item, quantity), "Idempotency-Key", key());
    }

    public void receive(UUID location, UUID item, Object quantity, Object unitCost) {
        var r = admin().post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":%s,"unitCost":%s}]}"""
                .formatted(location, item, quantity, unitCost), "Idempotency-Key", key());
        assertStatus(r, 201);
    }

    /** The balance as the API shows it: onHand, reserved, available, inTransit, value. */
    public Balance balance(UUID item, UUID location) {
        var r = admin().get("/api/v1/stock?itemId=" + item + "&locationId=" + location);
        assertStatus(r, 200);
        if (r.<Integer>json("$.items.length()") == 0) {
            return new Balance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
        return new Balance(dec(r.json("$.items[0].onHand")), dec(r.json("$.items[0].reserved")),
                dec(r.json("$.items[0].available")), dec(r.json("$.items[0].inTransit")),
                dec(r.json("$.items[0].value")));
    }

    public record Balance(BigDecimal onHand, BigDecimal reserved, BigDecimal available, BigDecimal inTransit,
                          BigDecimal value) {
        public Balance is(Object onHand, Object reserved, Object inTransit) {
            Assertions.assertThat(this.onHand).as("on hand").isEqualByComparingTo(dec(onHand));
            Assertions.assertThat(this.reserved).as("reserved")
                    .isEqualByComparingTo(dec(reserved));
            Assertions.assertThat(this.inTransit).as("in transit")
                    .isEqualByComparingTo(dec(inTransit));
            return this;
        }
    }

    public static String json(String... keyValues) {
        return "{" + Arrays.stream(keyValues).collect(Collectors.joining(",")) + "}";
    }
}
