package dev.pitlane.inventory.catalog;

import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.Tenant;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ItemImportTest extends InventoryTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata"));
    private static final String LAST_QUARTER = TODAY.minusDays(90).toString();
    private static final String THIS_QUARTER = TODAY.minusDays(2).toString();

    @Test
    void aTenThousandRowPriceListWithTwentyBadRowsAppliesTheRestAndReportsEveryBadRowAtOnce() {
        Tenant t = newTenant();
        t.pcs();
        PriceLists.Generated file = PriceLists.catalog(10_000, 500, "A", LAST_QUARTER);

        TestHttp.Response job = finished(t, t.admin().upload("/api/v1/item-imports", "oem.csv", bytes(file.csv())));

        assertThat(job.<String>json("$.status")).isEqualTo("SUCCEEDED");
        assertThat(counts(job)).containsExactly(10_000, 9_980, 0, 0, 20);
        List<Integer> lines = job.json("$.rejectedRows[*].line");
        assertThat(lines.stream().distinct().toList()).containsExactlyElementsOf(file.badLines());
        List<String> everyFiveBadRows = List.of("gstRate", "sellingPrice", "unit", "name", "standardCost",
                "priceEffectiveFrom");
        assertThat(job.<List<String>>json("$.rejectedRows[*].column")).containsExactlyElementsOf(
                java.util.stream.Stream.generate(() -> everyFiveBadRows).limit(4).flatMap(List::stream).toList());
        assertThat(job.<String>json("$.rejectedRows[0].reason")).startsWith("must be a GST slab");
        assertThat(db.count("SELECT count(*) FROM items WHERE organization_id = '" + t.org + "'")).isEqualTo(9_980);
        assertThat(db.count("SELECT count(*) FROM item_prices WHERE organization_id = '" + t.org
                + "' AND effective_from = '" + LAST_QUARTER + "'")).isEqualTo(9_980);
        // Brakes, its 2 children and 7 series under each
        assertThat(db.count("SELECT count(*) FROM categories WHERE organization_id = '" + t.org + "'")).isEqualTo(17);
        assertThat(t.admin().get("/api/v1/items?q=PNA0000002").<String>json("$.items[0].name"))
                .isEqualTo("Part 2 \"front\"");

        TestHttp.Response again = finished(t, t.admin().upload("/api/v1/item-imports", "oem.csv",
                bytes(file.csv())));

        assertThat(counts(again)).containsExactly(10_000, 0, 0, 9_980, 20);
        assertThat(db.count("SELECT count(*) FROM items WHERE organization_id = '" + t.org + "' AND version > 0"))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM item_prices WHERE organization_id = '" + t.org + "'"))
                .isEqualTo(9_980);
    }

    @Test
    void aPriceOnlyFileChangesOnlyPricesFromItsDayAndKeepsTheOldOnes() {
        Tenant t = newTenant();
        t.pcs();
        PriceLists.Generated catalog = PriceLists.catalog(50, 0, "P", LAST_QUARTER);
        finished(t, t.admin().upload("/api/v1/item-imports", "catalog.csv", bytes(catalog.csv())));
        String before = db.text("SELECT string_agg(concat_ws('|', sku, part_number, name, brand, category_id, unit_id,"
                + " hsn_code, gst_rate, barcode, tracking_mode), ',' ORDER BY sku) FROM items WHERE organization_id = '"
                + t.org + "'");
        StringBuilder prices = new StringBuilder("partNumber,MRP,standard_cost\n");
        for (int i = 0; i < 50; i += 2) {
            prices.append("PNP").append(String.format("%07d", i)).append(",2000.50,1500\n");
        }

        TestHttp.Response job = finished(t, t.admin().upload("/api/v1/item-imports?effectiveFrom=" + THIS_QUARTER,
                "q3.csv", bytes(prices.toString())));

        assertThat(counts(job)).containsExactly(25, 0, 25, 0, 0);
        assertThat(db.text("SELECT string_agg(concat_ws('|', sku, part_number, name, brand, category_id, unit_id,"
                + " hsn_code, gst_rate, barcode, tracking_mode), ',' ORDER BY sku) FROM items WHERE organization_id = '"
                + t.org + "'")).isEqualTo(before);
        assertThat(db.count("SELECT count(*) FROM items WHERE organization_id = '" + t.org
                + "' AND selling_price = 2000.50 AND standard_cost = 1500")).isEqualTo(25);
        UUID item = UUID.fromString(t.admin().get("/api/v1/items?q=PNP0000002").json("$.items[0].id"));
        TestHttp.Response history = t.admin().get("/api/v1/items/" + item + "/prices");
        assertThat(history.<List<String>>json("$[*].effectiveFrom")).containsExactly(THIS_QUARTER, LAST_QUARTER);
        assertThat(history.<List<Object>>json("$[*].sellingPrice").toString()).isEqualTo("[2000.5,102.02]");

        TestHttp.Response backDated = finished(t, t.admin().upload("/api/v1/item-imports?effectiveFrom="
                + LAST_QUARTER, "late.csv", bytes("partNumber,MRP\nPNP0000004,1\n")));
        assertThat(backDated.<String>json("$.rejectedRows[0].column")).isEqualTo("priceEffectiveFrom");
    }

    @Test
    void anExportImportsBackUnchangedInBothFormats() {
        Tenant t = newTenant();
        t.pcs();
        t.unit("litre", null, 1, true);
        finished(t, t.admin().upload("/api/v1/item-imports", "c.csv", bytes("""
                sku,partNumber,name,description,brand,categoryPath,unit,hsnCode,gstRate,sellingPrice,standardCost,barcode,trackingMode,shelfLifeDays,supersededBy
                OLD-1,0986AB1200,"Pad, old",=cmd,Bosch,Brakes > Pads,pcs,8708,28,1553.5,1150.25,00123,NONE,,NEW-1
                NEW-1,0986AB1201,Pad new,"two
                lines",Bosch,Brakes > Pads,pcs,8708,28,1600,1200,,NONE,,
                OIL-1,CAS-5W30,Castrol 5W-30,,Castrol,Lubricants,litre,2710,18,520,400,,BATCH,730,
                BAT-1,EXD45,Exide battery,,,,pcs,8507,28,5400,4000,,SERIAL,,
                """)));
        byte[] firstExport = t.admin().download("/api/v1/items/export?format=csv");
        for (String format : List.of("csv", "xlsx")) {
            byte[] exported = t.admin().download("/api/v1/items/export?format=" + format);

            TestHttp.Response job = finished(t, t.admin().upload("/api/v1/item-imports", "items." + format,
                    exported));

            assertThat(counts(job)).as(format + " " + job).containsExactly(4, 0, 0, 4, 0);
            assertThat(t.admin().download("/api/v1/items/export?format=csv")).as(format).isEqualTo(firstExport);
        }
        String csv = new String(t.admin().download("/api/v1/items/export?format=csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("OLD-1,0986AB1200,\"Pad, old\",'=cmd,Bosch,Brakes > Pads,pcs,8708,28,1553.5,1150.25,"
                + "00123,NONE,,NEW-1," + TODAY);
        UUID old = UUID.fromString(t.admin().get("/api/v1/items?q=OLD-1").json("$.items[0].id"));
        assertThat(t.admin().get("/api/v1/items/" + old + "/replacement").<String>json("$.sku")).isEqualTo("NEW-1");
    }

    @Test
    void supersessionMayPointDownTheFileButNeverInALoop() {
        Tenant t = newTenant();
        t.pcs();
        TestHttp.Response job = finished(t, t.admin().upload("/api/v1/item-imports", "c.csv", bytes("""
                sku,partNumber,name,unit,gstRate,supersededBy
                A,PA,Part A,pcs,18,B
                B,PB,Part B,pcs,18,C
                C,PC,Part C,pcs,18,
                D,PD,Part D,pcs,18,NOPE
                """)));
        assertThat(counts(job)).containsExactly(4, 3, 0, 0, 1);
        assertThat(job.<String>json("$.rejectedRows[0].reason")).isEqualTo("no item with SKU or part number NOPE");

        TestHttp.Response loop = finished(t, t.admin().upload("/api/v1/item-imports", "loop.csv", bytes("""
                sku,supersededBy
                C,A
                """)));
        assertThat(loop.<String>json("$.rejectedRows[0].reason")).contains("lead back");
    }

    @Test
    void aDryRunReportsAndChangesNothingAndAKeyGivesTheSameJob() {
        Tenant t = newTenant();
        t.pcs();
        byte[] file = bytes(PriceLists.catalog(30, 10, "D", LAST_QUARTER).csv());

        TestHttp.Response dry = finished(t, t.admin().upload("/api/v1/item-imports?dryRun=true", "d.csv", file));
        assertThat(counts(dry)).containsExactly(30, 27, 0, 0, 3);
        assertThat(dry.<Boolean>json("$.dryRun")).isTrue();
        assertThat(db.count("SELECT count(*) FROM items WHERE organization_id = '" + t.org + "'")).isZero();
        assertThat(db.count("SELECT count(*) FROM categories WHERE organization_id = '" + t.org + "'")).isZero();

        String key = key();
        TestHttp.Response first = finished(t, t.admin().upload("/api/v1/item-imports", "d.csv", file,
                "Idempotency-Key", key));
        TestHttp.Response second = t.admin().upload("/api/v1/item-imports", "d.csv", file, "Idempotency-Key", key);
        assertThat(second.<String>json("$.id")).isEqualTo(first.json("$.id"));
        assertThat(db.count("SELECT count(*) FROM items WHERE organization_id = '" + t.org + "'")).isEqualTo(27);
        TestHttp.Response other = t.admin().upload("/api/v1/item-imports", "d.csv", bytes("sku\nX\n"),
                "Idempotency-Key", key);
        assertStatus(other, 422);
        assertThat(other.<String>json("$.code")).isEqualTo("idempotency-key-reused");

        assertStatus(newTenant().admin().get("/api/v1/item-imports/" + first.json("$.id")), 404);
    }

    @Test
    void aFileThatCannotBeImportedFailsWholeWithAStableCode() {
        Tenant t = newTenant();
        TestHttp.Response unknown = finished(t, t.admin().upload("/api/v1/item-imports", "x.csv",
                bytes("sku,colour\nA,red\n")));
        assertThat(unknown.<String>json("$.status")).isEqualTo("FAILED");
        assertThat(unknown.<String>json("$.failureCode")).isEqualTo("unknown-columns");
        TestHttp.Response broken = finished(t, t.admin().upload("/api/v1/item-imports", "x.xlsx", bytes("nope")));
        assertThat(broken.<String>json("$.failureCode")).isEqualTo("unreadable-file");
        assertStatus(t.admin().upload("/api/v1/item-imports", "x.pdf", bytes("nope")), 415);
        assertStatus(t.as("item:read").upload("/api/v1/item-imports", "x.csv", bytes("sku\nA\n")), 403);
        assertStatus(t.admin().get("/api/v1/items/export?format=pdf"), 400);
        assertThat(t.admin().download("/api/v1/item-imports/template?format=xlsx")).isNotEmpty();
    }

    private TestHttp.Response finished(Tenant t, TestHttp.Response submitted) {
        assertThat(submitted.status()).as(submitted.toString()).isIn(200, 202);
        String id = submitted.json("$.id");
        // a generous wait: the machine may be shared with other builds; speed is the benchmark's to measure
        return Await.until("import " + id + " finished", java.time.Duration.ofMinutes(5),
                () -> t.admin().get("/api/v1/item-imports/" + id),
                r -> List.of("SUCCEEDED", "FAILED").contains(r.<String>json("$.status")));
    }

    private static List<Integer> counts(TestHttp.Response job) {
        Map<String, Object> j = job.json("$");
        return List.of((Integer) j.get("rows"), (Integer) j.get("created"), (Integer) j.get("updated"),
                (Integer) j.get("unchanged"), (Integer) j.get("rejected"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
