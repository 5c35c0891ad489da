package dev.pitlane.procurement.report;

import dev.pitlane.procurement.support.Flows.Item;
import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.procurement.support.ProcurementTestBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.pitlane.procurement.support.Flows.createPo;
import static dev.pitlane.procurement.support.Flows.createSupplier;
import static dev.pitlane.procurement.support.Flows.ok;
import static dev.pitlane.procurement.support.Flows.orderedPo;
import static dev.pitlane.procurement.support.Flows.poLine;
import static org.assertj.core.api.Assertions.assertThat;

class ProcurementReportTest extends ProcurementTestBase {

    private final Item filter = Item.random("OF-1001");
    private final Item plug = Item.random("SP-2001");
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));

    private void receive(Org org, String po, int line, double quantity, double rejected) {
        String lineId = org.staff().get("/api/v1/purchase-orders/" + po).json("$.lines[" + line + "].id");
        ok(org.warehouse().post("/api/v1/purchase-orders/" + po + "/receipts", Json.of("lines", List.of(
                Map.of("lineId", lineId, "receivedQuantity", quantity, "rejectedQuantity", rejected))),
                "Idempotency-Key", key()));
    }

    @Test
    void supplierPurchasesAddUpAcceptedGoodsAtReceiptCost() {
        Org org = newOrg();
        String bosch = createSupplier(org.officer(), "Bosch India");
        String exide = createSupplier(org.officer(), "Exide");
        String boschPo = orderedPo(org, bosch, List.of(poLine(filter, 10, 250, 18), poLine(plug, 4, 120.5, 28)));
        String exidePo = orderedPo(org, exide, List.of(poLine(filter, 2, 300, 18)));
        receive(org, boschPo, 0, 6, 1);
        receive(org, boschPo, 1, 4, 0);
        receive(org, exidePo, 0, 2, 0);

        var bySupplier = org.officer().get("/api/v1/procurement-reports/supplier-purchases");
        assertThat(bySupplier.status()).as(bySupplier.toString()).isEqualTo(200);
        // Bosch: 5 × 250 = 1250 + 225 GST; 4 × 120.5 = 482 + 134.96 GST → 2091.96; Exide: 600 + 108 = 708
        assertThat(bySupplier.<List<String>>json("$.items[*].supplierName")).containsExactly("Bosch India", "Exide");
        assertThat(bySupplier.<List<Number>>json("$.items[*].totalAmount")).extracting(Number::doubleValue)
                .containsExactly(2091.96, 708.0);
        assertThat(bySupplier.<Number>json("$.totals.totalAmount").doubleValue()).isEqualTo(2799.96);
        assertThat(bySupplier.<Integer>json("$.totals.receiptCount")).isEqualTo(3);
        assertThat(bySupplier.<Object>json("$.items[0].quantity")).isNull();

        var byItem = org.officer().get("/api/v1/procurement-reports/supplier-purchases?groupBy=ITEM&sort=sku");
        assertThat(byItem.<List<String>>json("$.items[*].sku")).containsExactly("OF-1001", "SP-2001");
        assertThat(byItem.<List<Number>>json("$.items[*].quantity")).extracting(Number::doubleValue)
                .containsExactly(7.0, 4.0);
        var bySupplierItemMonth = org.officer().get("/api/v1/procurement-reports/supplier-purchases?groupBy=SUPPLIER"
                + "&groupBy=ITEM&groupBy=MONTH&supplierId=" + bosch + "&from=" + today.minusDays(40) + "&to=" + today);
        assertThat(bySupplierItemMonth.<List<String>>json("$.items[*].month")).containsOnly(
                today.toString().substring(0, 7));
        assertThat(bySupplierItemMonth.<Integer>json("$.page.totalElements")).isEqualTo(2);
        var earlier = org.officer().get("/api/v1/procurement-reports/supplier-purchases?from=" + today.minusDays(60)
                + "&to=" + today.minusDays(31));
        assertThat(earlier.<List<?>>json("$.items")).isEmpty();
        assertThat(org.officer().get("/api/v1/procurement-reports/supplier-purchases?from=" + today + "&to="
                + today.minusDays(1)).status()).isEqualTo(400);
        assertThat(org.warehouse().get("/api/v1/procurement-reports/supplier-purchases").status()).isEqualTo(403);
    }

    @Test
    void openOrdersAndOverdueReceiptsShowWhatIsStillToCome() {
        Org org = newOrg();
        String bosch = createSupplier(org.officer(), "Bosch India");
        String draft = createPo(org.officer(), bosch, List.of(poLine(filter, 1, 100, 18))).json("$.id");
        String late = orderedPo(org, bosch, List.of(poLine(filter, 10, 250, 18), poLine(plug, 4, 120.5, 28)));
        receive(org, late, 0, 10, 0);
        String onTime = orderedPo(org, bosch, List.of(poLine(plug, 2, 100, 28)));

        var open = org.officer().get("/api/v1/procurement-reports/open-purchase-orders");
        assertThat(open.<List<String>>json("$.items[*].purchaseOrderId")).containsExactlyInAnyOrder(late, onTime);
        var lateRow = org.officer().get("/api/v1/procurement-reports/open-purchase-orders?sort=outstandingAmount,desc")
                .<Map<String, Object>>json("$.items[0]");
        assertThat(lateRow.get("purchaseOrderId")).isEqualTo(late);
        assertThat(lateRow.get("outstandingLines")).isEqualTo(1);
        assertThat(((Number) lateRow.get("outstandingAmount")).doubleValue()).isEqualTo(482.0);
        assertThat(org.officer().get("/api/v1/procurement-reports/open-purchase-orders?includeDrafts=true")
                .<List<String>>json("$.items[*].purchaseOrderId")).contains(draft);

        // both are expected after the supplier's 5-day lead time; seen from ten days on, both are late
        var overdue = org.officer().get("/api/v1/procurement-reports/overdue-receipts?asOf=" + today.plusDays(10));
        assertThat(overdue.<List<String>>json("$.items[*].purchaseOrderId")).containsExactlyInAnyOrder(late, onTime);
        assertThat(overdue.<List<Integer>>json("$.items[*].daysOverdue")).containsOnly(5);
        assertThat(org.officer().get("/api/v1/procurement-reports/overdue-receipts").<List<?>>json("$.items"))
                .isEmpty();
        assertThat(newOrg().officer().get("/api/v1/procurement-reports/open-purchase-orders")
                .<Integer>json("$.page.totalElements")).isZero();
    }
}
