package dev.pitlane.inventory.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Valuation and stock summary over 100,000 items x 20 locations (2,000,000 balances) and 10,000,000 ledger rows,
 * generated with SQL generate_series (not through the API), then measured through the API: the valuation as of
 * today and as of half a year ago, the stock summary of all locations and of one, a page of the per-item valuation
 * and a page of one location's stock. Not a test: run {@code inventory-service/bench/valuation.sh}.
 */
public final class ValuationBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 100_000);
    private static final int LOCATIONS = Integer.getInteger("bench.locations", 20);
    private static final long LEDGER_ROWS = Long.getLong("bench.ledgerRows", 10_000_000L);
    private static final int RUNS = 5;

    private ValuationBenchmark() {
    }

    public static void main(String[] args) {
        int exit = 0;
        try (BenchService service = new BenchService("inventory_bench_valuation", 10)) {
            long t0 = System.nanoTime();
            generate(service);
            System.out.printf("%nGenerated %,d items x %d locations, %,d ledger rows in %.0f s%n", ITEMS, LOCATIONS,
                    LEDGER_ROWS, (System.nanoTime() - t0) / 1e9);
            System.out.printf("  machine: %d cores, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
            String location = locationId(7).toString();
            measure(service, "valuation as of today, per location and total", "/api/v1/valuation");
            measure(service, "valuation as of " + today.minusDays(180), "/api/v1/valuation?asOf=" + today.minusDays(180));
            measure(service, "stock summary, all 20 locations", "/api/v1/stock/summary");
            measure(service, "stock summary, one location", "/api/v1/stock/summary?locationId=" + location);
            measure(service, "per-item valuation as of " + today.minusDays(180) + ", page of 200",
                    "/api/v1/valuation/items?size=200&asOf=" + today.minusDays(180));
            measure(service, "stock of one location, page of 50 by SKU",
                    "/api/v1/stock?locationId=" + location + "&size=50");
            checkTotals(service);
        } catch (Exception | Error e) {
            // exit in every case: the broker and the database are only released by the shutdown hooks
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    static UUID locationId(int n) {
        return PostingThroughputBenchmark.md5Uuid("loc-" + n);
    }

    /**
     * Every (item, location) gets one IN of 50 and four OUTs of 1 to 5, spread over the last 350 days; balances,
     * item costs, the valuation by day and the location totals are derived from that ledger, as the engine would
     * have kept them.
     */
    private static void generate(BenchService s) throws Exception {
        String org = "'" + s.org + "'";
        UUID unit = UUID.randomUUID();
        long perPhase = LEDGER_ROWS / 5;
        try (Connection c = s.owner(); Statement st = c.createStatement()) {
            st.execute("SET maintenance_work_mem = '512MB'");
            st.execute("SET synchronous_commit = off");
            st.execute("INSERT INTO units (id, organization_id, code, name) VALUES ('" + unit + "', " + org
                    + ", 'pcs', 'Pieces')");
            st.execute("INSERT INTO locations (id, organization_id, code, name, type) SELECT md5('loc-' || n)::uuid, "
                    + org + ", 'L' || n, 'Location ' || n, 'CENTRAL_WAREHOUSE' FROM generate_series(0, "
                    + (LOCATIONS - 1) + ") n");
            st.execute("INSERT INTO items (id, organization_id, sku, part_number, name, unit_id, gst_rate) "
                    + "SELECT md5('item-' || n)::uuid, " + org + ", 'SKU-' || lpad(n::text, 6, '0'), 'PN-' || n, "
                    + "'Part ' || n, '" + unit + "', 18 FROM generate_series(0, " + (ITEMS - 1) + ") n");
            for (String index : List.of("stock_ledger_key", "stock_ledger_location", "stock_ledger_movement",
                    "stock_ledger_source")) {
                st.execute("DROP INDEX " + index);
            }
            st.execute("""
                    INSERT INTO stock_ledger (organization_id, movement_id, movement_type, item_id, location_id, quantity,
                        value_delta, unit_cost, posted_by, posted_at, effective_at)
                    SELECT %1$s, gen_random_uuid(), CASE WHEN phase = 0 THEN 'IN' ELSE 'OUT' END,
                           md5('item-' || item)::uuid, md5('loc-' || location)::uuid,
                           CASE WHEN phase = 0 THEN 50 ELSE -(1 + g %% 5) END,
                           CASE WHEN phase = 0 THEN 50 ELSE -(1 + g %% 5) END * (100 + item %% 900),
                           100 + item %% 900, 'bench', now(),
                           now() - interval '350 days' + (phase * 70 + g %% 70) * interval '1 day'
                    FROM generate_series(0, %2$d - 1) g,
                         LATERAL (SELECT g / %3$d AS phase, g %% %4$d AS item, (g / %4$d) %% %5$d AS location) k"""
                    .formatted(org, LEDGER_ROWS, perPhase, ITEMS, LOCATIONS));
            st.execute("CREATE INDEX stock_ledger_key ON stock_ledger (organization_id, item_id, location_id, id)");
            st.execute("CREATE INDEX stock_ledger_location ON stock_ledger (organization_id, location_id, id)");
            st.execute("CREATE INDEX stock_ledger_movement ON stock_ledger (organization_id, movement_id)");
            st.execute("CREATE INDEX stock_ledger_source ON stock_ledger (organization_id, source_document_id) "
                    + "WHERE source_document_id IS NOT NULL");
            st.execute("""
                    INSERT INTO stock_balances (organization_id, item_id, location_id, on_hand, value, last_movement_at)
                    SELECT organization_id, item_id, location_id, sum(quantity), sum(value_delta), max(effective_at)
                    FROM stock_ledger WHERE organization_id = %1$s GROUP BY organization_id, item_id, location_id"""
                    .formatted(org));
            st.execute("""
                    INSERT INTO item_costs (organization_id, item_id, quantity, value, average_cost)
                    SELECT organization_id, item_id, sum(on_hand), sum(value), round(sum(value) / sum(on_hand), 4)
                    FROM stock_balances WHERE organization_id = %1$s GROUP BY organization_id, item_id
                    ON CONFLICT (organization_id, item_id) DO UPDATE SET quantity = excluded.quantity,
                        value = excluded.value, average_cost = excluded.average_cost"""
                    .formatted(org));
            st.execute("""
                    INSERT INTO valuation_daily (organization_id, location_id, day, value_delta)
                    SELECT organization_id, location_id, (effective_at AT TIME ZONE 'Asia/Kolkata')::date, sum(value_delta)
                    FROM stock_ledger WHERE organization_id = %1$s GROUP BY 1, 2, 3""".formatted(org));
            st.execute("""
                    INSERT INTO location_totals (organization_id, location_id, items_in_stock, items_reserved,
                        items_in_transit, items_low, items_negative)
                    SELECT organization_id, location_id, count(*) FILTER (WHERE on_hand > 0),
                           count(*) FILTER (WHERE reserved > 0), count(*) FILTER (WHERE in_transit > 0),
                           count(*) FILTER (WHERE low_stock), count(*) FILTER (WHERE on_hand < 0)
                    FROM stock_balances WHERE organization_id = %1$s GROUP BY organization_id, location_id"""
                    .formatted(org));
            st.execute("VACUUM ANALYZE");
        }
    }

    private static void measure(BenchService s, String what, String path) throws Exception {
        List<Double> times = new ArrayList<>();
        String body = null;
        for (int i = 0; i < RUNS + 1; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = s.get(path);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " -> " + r.statusCode() + " " + r.body());
            }
            if (i > 0) {
                times.add(ms);
            }
            body = r.body();
        }
        Collections.sort(times);
        System.out.printf("  %-62s median %7.1f ms  (min %6.1f, max %6.1f; %,d bytes)%n", what, times.get(RUNS / 2),
                times.get(0), times.get(RUNS - 1), body.length());
    }

    /** The valuation by day must agree with the balances it was derived beside. */
    private static void checkTotals(BenchService s) throws Exception {
        HttpResponse<String> valuation = s.get("/api/v1/valuation");
        String total = valuation.body().replaceAll(".*\"totalValue\":([0-9.]+).*", "$1");
        try (Connection c = s.owner(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT sum(value) FROM stock_balances")) {
            rs.next();
            System.out.printf("%nValuation total %s; sum of balance values %s%n", total, rs.getBigDecimal(1)
                    .stripTrailingZeros().toPlainString());
        }
    }
}
