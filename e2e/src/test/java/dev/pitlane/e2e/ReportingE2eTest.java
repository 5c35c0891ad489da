package dev.pitlane.e2e;

import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.pitlane.e2e.Flows.CENTRAL;
import static dev.pitlane.e2e.Flows.num;
import static dev.pitlane.e2e.Responses.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * reporting-service's figures, built only from events, equal the owning services' own figures on the same data:
 * a purchase order received in two parts, then procurement's supplier-purchases report and inventory's stock
 * against reporting's, through the gateway.
 */
class ReportingE2eTest {

    @Test
    void reportsShowWhatProcurementAndInventorySayOfTheSameReceipts() {
        Flows f = new Flows();
        TestHttp accountant = E2eSuite.as("accountant@demo-motors.local");
        String unit = f.pcsUnit();
        String pads = f.createItem(unit, "Brake pads reporting E2E");
        String filter = f.createItem(unit, "Oil filter reporting E2E");
        String supplier = f.createSupplier();
        TestHttp.Response po = f.orderedPurchaseOrder(supplier, List.of(pads, filter), List.of(10, 3),
                List.of("123.45", "99.99"));
        String poId = po.json("$.id");
        String padsLine = po.json("$.lines[0].id");
        f.receive(poId, Map.of(padsLine, 6, po.json("$.lines[1].id"), 3));
        f.receive(poId, Map.of(padsLine, 4));
        f.awaitStock(pads, CENTRAL, 10, 0, 0);
        f.awaitStock(filter, CENTRAL, 3, 0, 0);

        String query = "?supplierId=" + supplier + "&groupBy=ITEM&sort=sku";
        TestHttp.Response own = ok(f.procurement.get("/api/v1/procurement-reports/supplier-purchases" + query), 200);
        TestHttp.Response ours = Await.until("reporting's purchases from the supplier",
                () -> accountant.get("/api/v1/reports/supplier-purchases" + query),
                r -> r.status() == 200 && Integer.valueOf(2).equals(r.json("$.totals.receipts")));
        for (String total : List.of("netAmount", "taxAmount", "totalAmount")) {
            assertThat(num(ours.json("$.totals." + total))).as(total)
                    .isEqualByComparingTo(num(own.json("$.totals." + total)));
        }
        assertThat(ours.<List<String>>json("$.items[*].itemId")).isEqualTo(own.json("$.items[*].itemId"));
        for (String field : List.of("quantity", "netAmount", "taxAmount", "totalAmount", "receipts")) {
            List<Object> mine = ours.json("$.items[*]." + field);
            List<Object> theirs = own.json("$.items[*]." + field);
            for (int i = 0; i < theirs.size(); i++) {
                assertThat(num(mine.get(i))).as(field + " of row " + i).isEqualByComparingTo(num(theirs.get(i)));
            }
        }

        for (String item : List.of(pads, filter)) {
            Map<String, Object> stock = f.stock(item, CENTRAL);
            TestHttp.Response position = Await.until("reporting's stock of " + item,
                    () -> accountant.get("/api/v1/reports/stock-positions?itemId=" + item + "&locationId=" + CENTRAL),
                    r -> r.status() == 200 && !r.<List<?>>json("$.items").isEmpty()
                            && num(r.json("$.items[0].onHand")).compareTo(num(stock.get("onHand"))) == 0);
            assertThat(num(position.json("$.items[0].value"))).as("value of " + item)
                    .isEqualByComparingTo(num(stock.get("value")));
            TestHttp.Response moved = ok(accountant.get("/api/v1/reports/stock-movements?itemId=" + item
                    + "&locationId=" + CENTRAL), 200);
            assertThat(num(moved.json("$.totals.quantityIn"))).isEqualByComparingTo(num(stock.get("onHand")));
            assertThat(num(moved.json("$.totals.valueIn"))).isEqualByComparingTo(num(stock.get("value")));
        }
        TestHttp.Response dashboard = ok(accountant.get("/api/v1/reports/dashboard"), 200);
        assertThat(num(dashboard.json("$.purchasesToday.netAmount")))
                .isGreaterThanOrEqualTo(num(own.json("$.totals.netAmount")));
    }
}
