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
                + " AND on_hand > 0")).isEqualTo(3L * DemoCatalog.parts().size());
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
