package dev.pitlane.inventory;

import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogApiTest extends InventoryTestBase {

    private static String item(String sku, String partNumber, UUID unit, String extra) {
        return """
                {"sku":"%s","partNumber":"%s","name":"Oil filter %s","brand":"Bosch India","unitId":"%s",
                 "hsnCode":"8421","gstRate":18%s}""".formatted(sku, partNumber, sku, unit,
                extra == null ? "" : "," + extra);
    }

    @Test
    void skuAndPartNumberAreUniquePerOrganizationUntilTheItemIsDeleted() {
        Tenant t = newTenant();
        UUID pcs = t.pcs();
        var created = t.admin().post("/api/v1/items", item("OF-1", "P-1", pcs, "\"barcode\":\"890100\""));
        assertStatus(created, 201);
        var dupSku = t.admin().post("/api/v1/items", item("of-1", "P-2", pcs, null));
        assertStatus(dupSku, 409);
        assertThat(dupSku.<String>json("$.errors[0].field")).isEqualTo("sku");
        assertThat(t.admin().post("/api/v1/items", item("OF-2", "P-1", pcs, null)).<String>json("$.errors[0].field"))
                .isEqualTo("partNumber");
        assertStatus(newTenant().admin().post("/api/v1/items", item("OF-1", "P-1", newTenant().pcs(), null)), 400);
        Tenant other = newTenant();
        assertStatus(other.admin().post("/api/v1/items", item("OF-1", "P-1", other.pcs(), null)), 201);

        String id = created.json("$.id");
        assertThat(t.admin().get("/api/v1/items?q=890100").<List<String>>json("$.items[*].id")).containsExactly(id);
        assertThat(t.admin().get("/api/v1/items?q=oil%20filter").<Integer>json("$.page.totalElements")).isEqualTo(1);
        assertThat(t.admin().get("/api/v1/items?q=p-1").<List<String>>json("$.items[*].id")).containsExactly(id);
        assertStatus(t.admin().delete("/api/v1/items/" + id), 204);
        assertThat(t.admin().get("/api/v1/items?q=OF-1").<Integer>json("$.page.totalElements")).isZero();
        assertStatus(t.admin().post("/api/v1/items", item("OF-1", "P-1", pcs, null)), 201);
        assertStatus(other.admin().get("/api/v1/items/" + id), 404);
    }

    @Test
    void itemsRefuseWhatClientsMayNotSetAndWhatBreaksTheRules() {
        Tenant t = newTenant();
        UUID pcs = t.pcs();
        var unknown = t.admin().post("/api/v1/items", item("X", "X", pcs, "\"lastPurchaseCost\":5"));
        assertStatus(unknown, 400);
        assertThat(unknown.<String>json("$.code")).isEqualTo("unknown-field");
        assertThat(t.admin().post("/api/v1/items", item("X", "X", pcs, "\"organizationId\":\"" + UUID.randomUUID()
                + "\"")).<String>json("$.code")).isEqualTo("unknown-field");
        var slab = t.admin().post("/api/v1/items", """
                {"sku":"X","partNumber":"X","name":"x","unitId":"%s","gstRate":17}""".formatted(pcs));
        assertStatus(slab, 400);
        assertThat(slab.<String>json("$.errors[0].field")).isEqualTo("gstRate");
        assertStatus(t.as("item:read").post("/api/v1/items", item("Y", "Y", pcs, null)), 403);
    }

    @Test
    void supersessionChainsEndAndNeverLoop() {
        Tenant t = newTenant();
        UUID a = t.item();
        UUID b = t.item();
        UUID c = t.item();
        supersede(t, a, b);
        supersede(t, b, c);
        assertThat(t.admin().get("/api/v1/items/" + a + "/replacement").<String>json("$.id")).isEqualTo(c.toString());
        var item = t.admin().get("/api/v1/items/" + c);
        var loop = t.admin().put("/api/v1/items/" + c, """
                {"sku":"%s","partNumber":"%s","name":"c","unitId":"%s","gstRate":28,"supersededById":"%s",
                 "version":%d}""".formatted(item.<String>json("$.sku"), item.<String>json("$.partNumber"), t.pcs(),
                a, item.<Integer>json("$.version")));
        assertStatus(loop, 422);
        assertThat(loop.<String>json("$.code")).isEqualTo("supersession-loop");
    }

    private static void supersede(Tenant t, UUID item, UUID by) {
        var current = t.admin().get("/api/v1/items/" + item);
        String body = """
                {"sku":"%s","partNumber":"%s","name":"n","unitId":"%s","gstRate":28,"supersededById":"%s",
                 "version":%d}""".formatted(current.<String>json("$.sku"), current.<String>json("$.partNumber"),
                current.<String>json("$.unitId"), by, current.<Integer>json("$.version"));
        assertStatus(t.admin().put("/api/v1/items/" + item, body), 200);
        assertStatus(t.admin().put("/api/v1/items/" + item, body), 409);
    }

    @Test
    void anItemWithStockCannotBeDeletedNorChangeItsTracking() {
        Tenant t = newTenant();
        UUID item = t.item();
        t.receive(t.warehouse(), item, 1, 10);
        var r = t.admin().delete("/api/v1/items/" + item);
        assertStatus(r, 409);
        assertThat(r.<String>json("$.code")).isEqualTo("item-has-stock");
        var current = t.admin().get("/api/v1/items/" + item);
        var change = t.admin().put("/api/v1/items/" + item, """
                {"sku":"%s","partNumber":"%s","name":"n","unitId":"%s","gstRate":28,"trackingMode":"BATCH",
                 "version":%d}""".formatted(current.<String>json("$.sku"), current.<String>json("$.partNumber"),
                t.pcs(), current.<Integer>json("$.version")));
        assertStatus(change, 409);
    }

    @Test
    void theApiIsDescribedForPartners() {
        var docs = http().get("/v3/api-docs");
        assertStatus(docs, 200);
        assertThat(docs.body()).contains("/api/v1/stock/movements", "/api/v1/reservations/{id}/consume",
                "/api/v1/valuation", "/api/v1/stock-alerts/expiring");
    }

    @Test
    void categoriesFormATreeThatCannotLoop() {
        Tenant t = newTenant();
        String root = t.admin().post("/api/v1/categories", "{\"name\":\"Brakes\"}").json("$.id");
        String child = t.admin().post("/api/v1/categories", "{\"name\":\"Brake pads\",\"parentId\":\"" + root + "\"}")
                .json("$.id");
        var tree = t.admin().get("/api/v1/categories/tree");
        assertThat(tree.<String>json("$.items[0].children[0].name")).isEqualTo("Brake pads");
        assertStatus(t.admin().post("/api/v1/categories", "{\"name\":\"Brakes\"}"), 409);
        assertStatus(t.admin().put("/api/v1/categories/" + root,
                "{\"name\":\"Brakes\",\"parentId\":\"" + child + "\"}"), 422);
        assertStatus(t.admin().delete("/api/v1/categories/" + root), 409);
    }

    @Test
    void locationsFilterByTypeAndStoresBelongToAServiceCenter() {
        Tenant t = newTenant();
        UUID wh = t.warehouse();
        UUID center = UUID.randomUUID();
        UUID store = t.store(center);
        assertThat(t.admin().get("/api/v1/locations?type=SERVICE_CENTER_STORE").<List<String>>json("$.items[*].id"))
                .containsExactly(store.toString());
        assertThat(t.admin().get("/api/v1/locations?type=CENTRAL_WAREHOUSE").<List<String>>json("$.items[*].id"))
                .containsExactly(wh.toString());
        assertStatus(t.admin().post("/api/v1/locations",
                "{\"code\":\"S1\",\"name\":\"s\",\"type\":\"SERVICE_CENTER_STORE\"}"), 400);
        var bin = t.admin().post("/api/v1/locations/" + store + "/bins", "{\"code\":\"A-01\"}");
        assertStatus(bin, 201);
        UUID item = t.item();
        var posted = t.admin().post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":1,"binId":"%s"}]}"""
                .formatted(wh, item, bin.<String>json("$.id")), "Idempotency-Key", key());
        assertStatus(posted, 400);
        var elsewhere = t.as("stock:post", "stock:read");
        var staff = http().withToken(tokens.user(t.org).permissions("stock:post").serviceCenters(UUID.randomUUID())
                .mint());
        assertStatus(staff.post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":1}]}""".formatted(store, item),
                "Idempotency-Key", key()), 403);
        assertStatus(elsewhere.post("/api/v1/stock/movements", """
                {"type":"IN","locationId":"%s","lines":[{"itemId":"%s","quantity":1}]}""".formatted(store, item),
                "Idempotency-Key", key()), 201);
    }

    @Test
    void masterDataIsTheCallersOwnAndAStaleUpdateIsRefused() {
        Tenant t = newTenant();
        UUID wh = t.warehouse();
        var location = t.admin().get("/api/v1/locations/" + wh);
        int version = location.<Integer>json("$.version");
        String rename = "{\"code\":\"%s\",\"name\":\"Renamed\",\"version\":%d}";
        var renamed = t.admin().put("/api/v1/locations/" + wh,
                rename.formatted(location.<String>json("$.code"), version));
        assertStatus(renamed, 200);
        assertThat(renamed.<Integer>json("$.version")).isEqualTo(version + 1);
        var stale = t.admin().put("/api/v1/locations/" + wh, rename.formatted(location.<String>json("$.code"), version));
        assertStatus(stale, 409);
        assertThat(stale.<String>json("$.code")).isEqualTo("concurrent-modification");

        var category = t.admin().post("/api/v1/categories", "{\"name\":\"Filters\"}");
        String id = category.json("$.id");
        assertStatus(t.admin().put("/api/v1/categories/" + id, "{\"name\":\"Oil filters\",\"version\":0}"), 200);
        assertStatus(t.admin().put("/api/v1/categories/" + id, "{\"name\":\"Air filters\",\"version\":0}"), 409);

        Tenant other = newTenant();
        assertStatus(other.admin().get("/api/v1/locations/" + wh), 404);
        assertStatus(other.admin().get("/api/v1/categories/" + id), 404);
        assertThat(other.admin().get("/api/v1/categories").<List<String>>json("$.items[*].id")).doesNotContain(id);
    }
}
