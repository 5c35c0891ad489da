package dev.pitlane.reporting.purchase;

import dev.pitlane.reporting.support.ReportingTestBase;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static dev.pitlane.reporting.support.Events.olderReceivedLine;
import static dev.pitlane.reporting.support.Events.purchaseOrderReceived;
import static dev.pitlane.reporting.support.Events.receivedLine;
import static org.assertj.core.api.Assertions.assertThat;

class SupplierPurchaseReportsTest extends ReportingTestBase {

    private static final String TOPIC = "procurement.purchase-order.v1";

    private void received(UUID org, UUID po, Object data) {
        publish("procurement-service", TOPIC, "PurchaseOrderReceived", org, "PurchaseOrder", po, data);
    }

    @Test
    void purchasesAreGroupedAsProcurementGroupsThem() {
        UUID org = UUID.randomUUID();
        UUID bosch = UUID.randomUUID();
        UUID exide = UUID.randomUUID();
        UUID filter = UUID.randomUUID();
        UUID battery = UUID.randomUUID();
        UUID warehouse = UUID.randomUUID();
        UUID po1 = UUID.randomUUID();
        UUID po2 = UUID.randomUUID();
        Instant now = Instant.now();
        received(org, po1, purchaseOrderReceived(po1, bosch, warehouse, now, List.of(
                receivedLine(filter, "5", "250", "18", "1250.00", "225.00"),
                receivedLine(battery, "1", "4999.99", "28", "4999.99", "1400.00"))));
        received(org, po1, purchaseOrderReceived(po1, bosch, warehouse, now, List.of(
                receivedLine(filter, "5", "250", "18", "1250.00", "225.00"))));
        // from a procurement that did not publish net and tax yet: net by procurement's own rule, tax unknown
        received(org, po2, purchaseOrderReceived(po2, exide, warehouse, now, List.of(
                olderReceivedLine(battery, "3", "100.005"))));

        TestHttp accountant = accountant(org);
        var bySupplier = accountant.get("/api/v1/reports/supplier-purchases?sort=totalAmount,desc");
        assertThat(bySupplier.status()).as(bySupplier.body()).isEqualTo(200);
        assertThat(bySupplier.<List<String>>json("$.items[*].supplierId"))
                .containsExactly(bosch.toString(), exide.toString());
        assertThat(dec(bySupplier.json("$.items[0].netAmount"))).isEqualByComparingTo("7499.99");
        assertThat(dec(bySupplier.json("$.items[0].taxAmount"))).isEqualByComparingTo("1850.00");
        assertThat(dec(bySupplier.json("$.items[0].totalAmount"))).isEqualByComparingTo("9349.99");
        assertThat(bySupplier.<Integer>json("$.items[0].receipts")).isEqualTo(2);
        assertThat(dec(bySupplier.json("$.items[1].netAmount"))).isEqualByComparingTo("300.02");
        assertThat(dec(bySupplier.json("$.totals.netAmount"))).isEqualByComparingTo("7800.01");
        assertThat(bySupplier.<Integer>json("$.totals.receipts")).isEqualTo(3);

        String month = LocalDate.now(ZoneId.of("Asia/Kolkata")).toString().substring(0, 7);
        var byItem = accountant.get("/api/v1/reports/supplier-purchases?groupBy=ITEM,MONTH&itemId=" + filter);
        assertThat(byItem.<List<?>>json("$.items")).hasSize(1);
        assertThat(dec(byItem.json("$.items[0].quantity"))).isEqualByComparingTo("10");
        assertThat(byItem.<String>json("$.items[0].month")).isEqualTo(month);
        assertThat(byItem.<String>json("$.items[0].sku")).startsWith("SKU-");

        var paged = accountant.get("/api/v1/reports/supplier-purchases?groupBy=SUPPLIER,ITEM&size=2");
        assertThat(paged.<List<?>>json("$.items")).hasSize(2);
        assertThat(paged.<Integer>json("$.page.totalElements")).isEqualTo(3);

        var dashboard = accountant.get("/api/v1/reports/dashboard");
        assertThat(dec(dashboard.json("$.purchasesToday.netAmount"))).isEqualByComparingTo("7800.01");
        assertThat(dashboard.<Integer>json("$.purchasesThisMonth.receipts")).isEqualTo(3);
    }

    private static BigDecimal dec(Object json) {
        return new BigDecimal(String.valueOf(json));
    }
}
