package dev.pitlane.inventory.demo;

import dev.pitlane.inventory.catalog.application.CategoryService;
import dev.pitlane.inventory.catalog.application.ItemService;
import dev.pitlane.inventory.catalog.application.UnitService;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.stock.application.MovementService;
import dev.pitlane.inventory.stock.application.ReorderLevels;
import dev.pitlane.inventory.stock.application.StockEngine;
import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.LedgerInvariants;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest extends InventoryTestBase {

    @Autowired
    LocationService locations;
    @Autowired
    UnitService units;
    @Autowired
    CategoryService categories;
    @Autowired
    ItemService items;
    @Autowired
    StockEngine engine;
    @Autowired
    MovementService movements;
    @Autowired
    ReorderLevels reorderLevels;

    @Test
    void seedingTwiceGivesOneConsistentDemoInventory() {
        var seeder = new DemoDataSeeder(locations, units, categories, items, engine, movements, reorderLevels);
        seeder.run(null);
        seeder.run(null);
        String org = "'" + DemoDataSeeder.DEMO_ORG + "'";
        assertThat(db.count("SELECT count(*) FROM items WHERE organization_id = " + org))
                .isEqualTo(DemoCatalog.parts().size()).isGreaterThan(200);
        assertThat(db.count("SELECT count(DISTINCT movement_id) FROM stock_ledger WHERE organization_id = " + org))
                .isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM stock_balances WHERE organization_id = " + org
                + " AND on_hand > 0")).as("every part everywhere, but the one kept out of the central warehouse")
                .isEqualTo(3L * DemoCatalog.parts().size() - 1);
        // procurement's demo refers to these parts by the id both services derive from the SKU
        for (String sku : new String[] {"OF-BOSCH-0986", "BP-BOSCH-F03", "EO-CASTROL-GTX-1L"}) {
            assertThat(db.count("SELECT count(*) FROM stock_balances WHERE organization_id = " + org
                    + " AND location_id = '" + DemoDataSeeder.CENTRAL + "' AND on_hand > 0 AND item_id = '"
                    + UUID.nameUUIDFromBytes(("demo-item:" + sku).getBytes(StandardCharsets.UTF_8))
                    + "'")).as(sku).isEqualTo(1);
        }
        assertThat(db.count("SELECT count(*) FROM stock_balances WHERE organization_id = " + org
                + " AND location_id = '" + DemoDataSeeder.CENTRAL + "' AND on_hand > 0 AND item_id = '"
                + DemoCatalog.idOf(DemoCatalog.NOT_AT_CENTRAL) + "'")).isZero();
        assertThat(db.count("SELECT count(*) FROM locations WHERE organization_id = " + org
                + " AND service_center_id = '" + DemoDataSeeder.WHITEFIELD + "' AND id = '"
                + DemoDataSeeder.WHITEFIELD_STORE + "'")).isEqualTo(1);
        LedgerInvariants.check(db, DemoDataSeeder.DEMO_ORG);
        var valuation = http().withToken(tokens.user(DemoDataSeeder.DEMO_ORG).permissions("valuation:read").mint())
                .get("/api/v1/valuation");
        assertThat(dec(valuation.json("$.totalValue"))).isPositive();
        TenantContext.runAs(Caller.system(DemoDataSeeder.DEMO_ORG, "test"), () ->
                assertThat(units.findByCode("box12")).get().satisfies(u -> assertThat(u.factor()).isEqualByComparingTo("12")));
    }
}
