package dev.pitlane.inventory.demo;

import dev.pitlane.inventory.catalog.application.CategoryService;
import dev.pitlane.inventory.catalog.application.CategoryView;
import dev.pitlane.inventory.catalog.application.ItemFilter;
import dev.pitlane.inventory.catalog.application.ItemRequest;
import dev.pitlane.inventory.catalog.application.ItemService;
import dev.pitlane.inventory.catalog.application.ItemView;
import dev.pitlane.inventory.catalog.application.UnitService;
import dev.pitlane.inventory.catalog.application.UnitView;
import dev.pitlane.inventory.catalog.domain.TrackingMode;
import dev.pitlane.inventory.location.application.LocationService;
import dev.pitlane.inventory.location.application.LocationType;
import dev.pitlane.inventory.stock.application.MovementFilter;
import dev.pitlane.inventory.stock.application.MovementService;
import dev.pitlane.inventory.stock.application.Posting;
import dev.pitlane.inventory.stock.application.ReorderLevels;
import dev.pitlane.inventory.stock.application.StockEngine;
import dev.pitlane.inventory.stock.domain.Move;
import dev.pitlane.inventory.stock.domain.SourceDocumentType;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo Motors' inventory for devstack: the shared warehouse and store ids, units, a category tree, a few hundred
 * parts and opening stock at each location, posted through the stock engine so ledger, balances, valuation and
 * events agree. Every step checks what exists first, so a restart seeds nothing twice.
 */
@Component
@ConditionalOnProperty(name = "pitlane.demo-data.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final UUID DEMO_ORG = UUID.fromString("7e57da7a-0000-4000-8000-000000000001");
    static final UUID ANDHERI = UUID.fromString("7e57da7a-0000-4000-8000-000000000101");
    static final UUID WHITEFIELD = UUID.fromString("7e57da7a-0000-4000-8000-000000000102");
    static final UUID CENTRAL = UUID.fromString("7e57da7a-0000-4000-8000-000000000201");
    static final UUID ANDHERI_STORE = UUID.fromString("7e57da7a-0000-4000-8000-000000000202");
    static final UUID WHITEFIELD_STORE = UUID.fromString("7e57da7a-0000-4000-8000-000000000203");

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final LocationService locations;
    private final UnitService units;
    private final CategoryService categories;
    private final ItemService items;
    private final StockEngine engine;
    private final MovementService movements;
    private final ReorderLevels reorderLevels;

    DemoDataSeeder(LocationService locations, UnitService units, CategoryService categories, ItemService items,
                   StockEngine engine, MovementService movements, ReorderLevels reorderLevels) {
        this.locations = locations;
        this.units = units;
        this.categories = categories;
        this.items = items;
        this.engine = engine;
        this.movements = movements;
        this.reorderLevels = reorderLevels;
    }

    @Override
    public void run(ApplicationArguments args) {
        TenantContext.runAs(Caller.system(DEMO_ORG, "demo-data"), this::seed);
    }

    void seed() {
        location(CENTRAL, "WH-BHW", "Central Warehouse Bhiwandi", LocationType.CENTRAL_WAREHOUSE, null,
                "Bhiwandi, Thane, Maharashtra");
        location(ANDHERI_STORE, "ST-AND", "Demo Motors Andheri parts store", LocationType.SERVICE_CENTER_STORE,
                ANDHERI, "Andheri East, Mumbai");
        location(WHITEFIELD_STORE, "ST-WFD", "Demo Motors Whitefield parts store",
                LocationType.SERVICE_CENTER_STORE, WHITEFIELD, "Whitefield, Bengaluru");

        Map<String, UnitView> unitByCode = new HashMap<>();
        unitByCode.put("pcs", unit("pcs", "Pieces", null, BigDecimal.ONE, false));
        unitByCode.put("litre", unit("litre", "Litre", null, BigDecimal.ONE, true));
        unitByCode.put("kg", unit("kg", "Kilogram", null, BigDecimal.ONE, true));
        unit("box12", "Box of 12 pcs", unitByCode.get("pcs").id(), BigDecimal.valueOf(12), false);

        Map<String, UUID> categoryIds = new HashMap<>();
        List<ItemView> seeded = new ArrayList<>();
        List<DemoCatalog.Part> parts = DemoCatalog.parts();
        for (DemoCatalog.Part p : parts) {
            UUID parent = categoryIds.computeIfAbsent(p.category(), c -> categories.findOrCreate(null, c).id());
            UUID category = categoryIds.computeIfAbsent(p.category() + "/" + p.subcategory(),
                    c -> categories.findOrCreate(parent, p.subcategory()).id());
            seeded.add(item(p, category, unitByCode.get(p.unit()).id()));
        }
        int n = 0;
        for (UUID location : List.of(CENTRAL, ANDHERI_STORE, WHITEFIELD_STORE)) {
            n += openingStock(location, parts, seeded);
        }
        log.info("Demo inventory ready: {} parts, {} opening stock lines posted", seeded.size(), n);
    }

    private void location(UUID id, String code, String name, LocationType type, UUID serviceCenter, String address) {
        try {
            locations.get(id);
        } catch (DomainException notFound) {
            locations.create(id, new LocationService.LocationRequest(code, name, type, serviceCenter, address, true,
                    null));
        }
    }

    private UnitView unit(String code, String name, UUID base, BigDecimal factor, boolean fractional) {
        return units.findByCode(code).orElseGet(() -> units.create(new UnitService.NewUnit(code, name, base, factor,
                fractional)));
    }

    private ItemView item(DemoCatalog.Part p, UUID category, UUID unit) {
        var existing = items.search(new ItemFilter(p.sku(), null, null, null, false),
                PageQuery.of(0, 1, null, Map.of(), null)).items();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        return items.create(DemoCatalog.idOf(p.sku()), new ItemRequest(p.sku(), p.partNumber(), p.name(), null, p.brand(), category, unit,
                p.hsn(), p.gst(), null, p.cost(), p.price(), TrackingMode.valueOf(p.tracking()), p.shelfLifeDays(),
                null, null));
    }

    /** One IN posting per location with every part, unless the location's opening stock is already there. */
    private int openingStock(UUID location, List<DemoCatalog.Part> parts, List<ItemView> seeded) {
        String document = "DEMO-OPENING-" + location.toString().substring(location.toString().length() - 3);
        boolean done = !movements.history(new MovementFilter(null, location, null, null, document,
                null, null), null, 1).items().isEmpty();
        if (done) {
            return 0;
        }
        boolean central = location.equals(CENTRAL);
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            DemoCatalog.Part p = parts.get(i);
            ItemView item = seeded.get(i);
            if (central && p.sku().equals(DemoCatalog.NOT_AT_CENTRAL)) {
                continue;
            }
            int qty = central ? 40 + (i * 7) % 80 : 3 + (i * 5) % 12;
            if (p.tracking().equals("SERIAL")) {
                qty = central ? 8 : 3;
                List<String> serials = new ArrayList<>();
                for (int s = 1; s <= qty; s++) {
                    serials.add(p.partNumber() + "-" + document.substring(document.length() - 3) + "-"
                            + String.format("%04d", s));
                }
                moves.add(new Move.Receive(item.id(), location, BigDecimal.valueOf(qty), p.cost(), null, serials,
                        null));
            } else if (p.tracking().equals("BATCH")) {
                moves.add(new Move.Receive(item.id(), location, BigDecimal.valueOf(central ? qty * 3L : qty),
                        p.cost(), new Move.BatchRef("DEMO-" + (2026 - i % 2) + "-" + (i % 4 + 1), null, null),
                        null, null));
            } else {
                moves.add(new Move.Receive(item.id(), location, BigDecimal.valueOf(qty), p.cost(), null, null,
                        null));
            }
        }
        engine.post(new Posting(SourceDocumentType.MANUAL, document, "Demo opening stock", null, null, moves));
        if (!central) {
            for (int i = 0; i < parts.size(); i += 3) {
                reorderLevels.set(seeded.get(i).id(), location, BigDecimal.valueOf(4), BigDecimal.valueOf(10));
            }
        }
        return moves.size();
    }
}
