package dev.pitlane.inventory.opening;

import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.Tenant;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningStockImportTest extends InventoryTestBase {

    @Test
    void eachLocationGetsOneOpeningPostingValuedAtQuantityTimesCost() {
        Tenant t = newTenant();
        t.pcs();
        t.unit("litre", null, 1, true);
        catalog(t);
        String warehouse = code(t, t.warehouse());
        String store = code(t, t.store(UUID.randomUUID()));
        String file = """
                location,sku,quantity,unitCost,batchNumber,expiresOn,serialNumbers
                %1$s,PAD-1,24,1150,,,
                %1$s,OIL-1,60.5,520,CAS-2611,2029-10-31,
                %2$s,PAD-1,4,1200,,,
                %2$s,BAT-1,2,5400,,,EXD-1;EXD-2
                %2$s,BAT-1,1,5400,,,
                %2$s,NOPE,1,1,,,
                """.formatted(warehouse, store);

        TestHttp.Response job = finished(t, t.admin().upload("/api/v1/opening-stock-imports", "open.csv",
                file.getBytes(StandardCharsets.UTF_8)));

        assertThat(job.<Integer>json("$.created")).as(job.toString()).isEqualTo(4);
        assertThat(job.<List<Integer>>json("$.rejectedRows[*].line")).containsExactly(6, 7);
        assertThat(db.count("SELECT count(DISTINCT movement_id) FROM stock_ledger WHERE organization_id = '" + t.org
                + "' AND reason = 'OPENING_BALANCE'")).isEqualTo(2);
        assertThat(db.count("SELECT count(DISTINCT location_id) FROM stock_ledger WHERE organization_id = '" + t.org
                + "'")).isEqualTo(2);
        BigDecimal expected = new BigDecimal("24").multiply(new BigDecimal("1150"))
                .add(new BigDecimal("60.5").multiply(new BigDecimal("520")))
                .add(new BigDecimal("4").multiply(new BigDecimal("1200")))
                .add(new BigDecimal("2").multiply(new BigDecimal("5400")));
        assertThat(db.number("SELECT sum(value_delta) FROM stock_ledger WHERE organization_id = '" + t.org + "'"))
                .isEqualByComparingTo(expected);
        BigDecimal total = Await.until("valuation folded", () -> new BigDecimal(String.valueOf(
                        t.admin().get("/api/v1/valuation").<Object>json("$.totalValue"))),
                v -> v.compareTo(expected) == 0);
        assertThat(total).isEqualByComparingTo(expected);

        TestHttp.Response again = finished(t, t.admin().upload("/api/v1/opening-stock-imports", "open.csv",
                ("location,sku,quantity,unitCost\n" + store + ",PAD-1,1,1\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(again.<String>json("$.rejectedRows[0].reason")).contains("already has stock movements");
        assertStatus(t.as("stock:adjust").upload("/api/v1/opening-stock-imports?reopen=true", "open.csv",
                "location,sku,quantity,unitCost\n".getBytes(StandardCharsets.UTF_8)), 403);
        TestHttp.Response reopened = finished(t, t.admin().upload("/api/v1/opening-stock-imports?reopen=true",
                "open.csv", ("location,sku,quantity,unitCost\n" + store + ",PAD-1,1,1\n")
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(reopened.<Integer>json("$.created")).isEqualTo(1);
        assertThat(db.text("SELECT note FROM stock_ledger WHERE organization_id = '" + t.org
                + "' ORDER BY id DESC LIMIT 1")).startsWith("Re-opening confirmed by");
    }

    private static void catalog(Tenant t) {
        TestHttp.Response r = t.admin().upload("/api/v1/item-imports", "c.csv", """
                sku,partNumber,name,unit,gstRate,trackingMode
                PAD-1,P1,Brake pad,pcs,28,NONE
                OIL-1,O1,Engine oil,litre,18,BATCH
                BAT-1,B1,Battery,pcs,28,SERIAL
                """.getBytes(StandardCharsets.UTF_8));
        String id = r.json("$.id");
        Await.until("catalog imported", Duration.ofMinutes(5), () -> t.admin().get("/api/v1/item-imports/" + id),
                x -> "SUCCEEDED".equals(x.json("$.status")));
    }

    private static String code(Tenant t, UUID location) {
        return t.admin().get("/api/v1/locations/" + location).json("$.code");
    }

    private static TestHttp.Response finished(Tenant t, TestHttp.Response submitted) {
        assertThat(submitted.status()).as(submitted.toString()).isIn(200, 202);
        String id = submitted.json("$.id");
        return Await.until("import " + id + " finished", Duration.ofMinutes(5),
                () -> t.admin().get("/api/v1/opening-stock-imports/" + id),
                r -> List.of("SUCCEEDED", "FAILED").contains(r.<String>json("$.status")));
    }
}
