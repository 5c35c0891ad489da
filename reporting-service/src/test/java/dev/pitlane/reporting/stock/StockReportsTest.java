package dev.pitlane.reporting.stock;

import dev.pitlane.reporting.support.ReportingTestBase;
import dev.pitlane.testsupport.TestHttp;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.pitlane.reporting.support.Events.stockChanged;
import static dev.pitlane.reporting.support.Events.stockLow;
import static org.assertj.core.api.Assertions.assertThat;

class StockReportsTest extends ReportingTestBase {

    private static final String TOPIC = "inventory.stock.v1";

    private void stock(UUID org, UUID item, Object data) {
        publish("inventory-service", TOPIC, data instanceof Map<?, ?> m && m.containsKey("movementId")
                ? "StockChanged" : "StockLow", org, "Stock", item, data);
    }

    @Test
    void movementValuationAndAlertsFollowInventorysEvents() {
        UUID org = UUID.randomUUID();
        UUID filter = UUID.randomUUID();
        UUID plug = UUID.randomUUID();
        UUID warehouse = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        stock(org, filter, stockChanged(filter, warehouse, "IN", "10", "10", "1000.0000", "1000.0000"));
        stock(org, filter, stockChanged(filter, warehouse, "OUT", "-4", "6", "-400.0000", "600.0000"));
        stock(org, plug, stockChanged(plug, store, "IN", "5", "5", "250.5000", "250.5000"));
        stock(org, filter, stockLow(filter, warehouse, "6", "8"));

        TestHttp accountant = accountant(org);
        var movements = accountant.get("/api/v1/reports/stock-movements?sort=quantityIn,desc");
        assertThat(movements.status()).as(movements.body()).isEqualTo(200);
        assertThat(movements.<String>json("$.items[0].itemId")).isEqualTo(filter.toString());
        assertThat(dec(movements.json("$.items[0].quantityIn"))).isEqualByComparingTo("10");
        assertThat(dec(movements.json("$.items[0].quantityOut"))).isEqualByComparingTo("4");
        assertThat(dec(movements.json("$.items[0].netQuantity"))).isEqualByComparingTo("6");
        assertThat(dec(movements.json("$.items[0].valueOut"))).isEqualByComparingTo("400");
        assertThat(movements.<Integer>json("$.items[0].movements")).isEqualTo(2);
        assertThat(dec(movements.json("$.totals.valueIn"))).isEqualByComparingTo("1250.50");
        assertThat(movements.<Integer>json("$.page.totalElements")).isEqualTo(2);
        var byDay = accountant.get("/api/v1/reports/stock-movements?granularity=DAY&locationId=" + store);
        assertThat(byDay.<List<String>>json("$.items[*].itemId")).containsExactly(plug.toString());
        assertThat(byDay.<String>json("$.items[0].period")).matches("\\d{4}-\\d{2}-\\d{2}");

        var valuation = accountant.get("/api/v1/reports/stock-valuation");
        assertThat(dec(valuation.json("$.totalValue"))).isEqualByComparingTo("850.50");
        assertThat(valuation.<List<?>>json("$.locations")).hasSize(2);

        var alerts = accountant.get("/api/v1/reports/stock-positions?lowOnly=true");
        assertThat(alerts.<List<String>>json("$.items[*].itemId")).containsExactly(filter.toString());
        var dashboard = accountant.get("/api/v1/reports/dashboard");
        assertThat(dec(dashboard.json("$.stock.value"))).isEqualByComparingTo("850.50");
        assertThat(dashboard.<Integer>json("$.stock.lowStockPositions")).isEqualTo(1);
        assertThat(dashboard.<Integer>json("$.stock.movementsToday")).isEqualTo(3);

        stock(org, filter, stockChanged(filter, warehouse, "IN", "5", "11", "500.0000", "1100.0000"));
        assertThat(accountant.get("/api/v1/reports/stock-positions?lowOnly=true").<List<?>>json("$.items"))
                .as("back at the reorder level").isEmpty();
        assertThat(dec(accountant.get("/api/v1/reports/stock-positions?itemId=" + filter).json("$.items[0].onHand")))
                .isEqualByComparingTo("11");
    }

    @Test
    void anotherOrganizationSeesNothingAndReadingNeedsThePermission() {
        UUID org = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        stock(org, item, stockChanged(item, UUID.randomUUID(), "IN", "1", "1", "10.0000", "10.0000"));
        var other = accountant(UUID.randomUUID()).get("/api/v1/reports/stock-valuation");
        assertThat(dec(other.json("$.totalValue"))).isZero();
        var technician = as(org, "TECHNICIAN", "stock:read").get("/api/v1/reports/stock-valuation");
        assertThat(technician.status()).isEqualTo(403);
        var bad = accountant(org).get("/api/v1/reports/stock-movements?from=2026-02-01&to=2026-01-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.<String>json("$.errors[0].field")).isEqualTo("from");
        assertThat(accountant(org).get("/api/v1/reports/stock-movements?granularity=WEEK").status()).isEqualTo(400);
        assertThat(accountant(org).get("/api/v1/reports/stock-positions?sort=secret").status()).isEqualTo(400);
    }

    private static BigDecimal dec(Object json) {
        return new BigDecimal(String.valueOf(json));
    }
}
