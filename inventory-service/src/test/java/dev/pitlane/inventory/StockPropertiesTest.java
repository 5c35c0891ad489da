package dev.pitlane.inventory;

import dev.pitlane.inventory.support.InventoryTestBase;
import dev.pitlane.inventory.support.LedgerInvariants;
import dev.pitlane.inventory.support.Tenant;
import dev.pitlane.testsupport.TestHttp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.test.context.TestContextManager;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random concurrent sequences of IN, OUT, TRANSFER, ADJUSTMENT, reserve, release and consume over several items and
 * locations, through the API, against the real database. Afterwards, for every item and location: the balance is
 * the sum of its ledger, nothing is negative, reserved is within on hand and equals the open reservations, transfers
 * conserve quantity, and values add up.
 */
class StockPropertiesTest extends InventoryTestBase {

    private static final int ITEMS = 3;
    private static final int LOCATIONS = 3;
    private static final int THREADS = 6;

    /** jqwik runs outside Spring's JUnit extension: join the context every other test class shares. */
    @BeforeProperty
    void joinSpringContext() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    sealed interface Op permits In, Out, Transfer, Adjust, Reserve, Release, Consume {
    }

    record In(int item, int location, int qty) implements Op {
    }

    record Out(int item, int location, int qty) implements Op {
    }

    record Transfer(int item, int from, int to, int qty) implements Op {
    }

    record Adjust(int item, int location, int delta) implements Op {
    }

    record Reserve(int item, int location, int qty) implements Op {
    }

    record Release(int pick) implements Op {
    }

    record Consume(int pick, int qty) implements Op {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Integer> item = Arbitraries.integers().between(0, ITEMS - 1);
        Arbitrary<Integer> location = Arbitraries.integers().between(0, LOCATIONS - 1);
        Arbitrary<Integer> qty = Arbitraries.integers().between(1, 8);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Combinators.combine(item, location, qty).as(In::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(item, location, qty).as(Out::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(item, location, location, qty).as(Transfer::new)
                        .filter(t -> t.from() != t.to())),
                net.jqwik.api.Tuple.of(2, Combinators.combine(item, location, Arbitraries.integers().between(-5, 5)
                        .filter(d -> d != 0)).as(Adjust::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(item, location, qty).as(Reserve::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 100).map(Release::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.integers().between(0, 100), qty)
                        .as(Consume::new)));
        return op.list().ofMinSize(20).ofMaxSize(60);
    }

    @Property(tries = 4, shrinking = ShrinkingMode.OFF)
    void concurrentPostingsKeepEveryBalanceEqualToItsLedger(@ForAll("operations") List<Op> ops,
                                                            @ForAll boolean fifo) throws Exception {
        Tenant t = newTenant();
        if (fifo) {
            assertStatus(t.admin().put("/api/v1/stock/settings",
                    "{\"allowNegativeStock\":false,\"valuationMethod\":\"FIFO\"}"), 200);
        }
        List<UUID> items = new ArrayList<>();
        List<UUID> locations = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(t.item());
        }
        for (int i = 0; i < LOCATIONS; i++) {
            locations.add(i == 0 ? t.warehouse() : t.store(UUID.randomUUID()));
        }
        List<String> reservations = new CopyOnWriteArrayList<>();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        TestHttp http = t.admin();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                int worker = w;
                done.add(pool.submit(() -> {
                    for (int i = worker; i < ops.size(); i += THREADS) {
                        TestHttp.Response r = run(http, ops.get(i), items, locations, reservations);
                        if (r != null && !acceptable(r)) {
                            unexpected.add(ops.get(i) + " -> " + r);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(unexpected).isEmpty();
        LedgerInvariants.check(db, t.org);
    }

    private static boolean acceptable(TestHttp.Response r) {
        if (r.status() / 100 == 2) {
            return true;
        }
        String code = r.json("$.code");
        return r.status() == 409 && List.of("insufficient-stock", "reservation-not-active").contains(code)
                || r.status() == 422 && "more-than-reserved".equals(code);
    }

    private static TestHttp.Response run(TestHttp http, Op op, List<UUID> items, List<UUID> locations,
                                         List<String> reservations) {
        String posting = "{\"type\":\"%s\",\"locationId\":\"%s\"%s,\"lines\":[{\"itemId\":\"%s\",\"quantity\":%d%s}]}";
        if (op instanceof In in) {
            return http.post("/api/v1/stock/movements", posting.formatted("IN", locations.get(in.location()), "",
                    items.get(in.item()), in.qty(), ",\"unitCost\":" + (90 + in.qty() * 7)), "Idempotency-Key", key());
        }
        if (op instanceof Out out) {
            return http.post("/api/v1/stock/movements", posting.formatted("OUT", locations.get(out.location()), "",
                    items.get(out.item()), out.qty(), ""), "Idempotency-Key", key());
        }
        if (op instanceof Transfer tr) {
            return http.post("/api/v1/stock/movements", posting.formatted("TRANSFER", locations.get(tr.from()),
                    ",\"toLocationId\":\"" + locations.get(tr.to()) + "\"", items.get(tr.item()), tr.qty(), ""),
                    "Idempotency-Key", key());
        }
        if (op instanceof Adjust adj) {
            return http.post("/api/v1/stock/movements", posting.formatted("ADJUSTMENT",
                    locations.get(adj.location()), ",\"reason\":\"CORRECTION\"", items.get(adj.item()), adj.delta(),
                    ""), "Idempotency-Key", key());
        }
        if (op instanceof Reserve res) {
            TestHttp.Response r = http.post("/api/v1/reservations", """
                    {"referenceType":"JOB_CARD","referenceId":"%s","locationId":"%s",
                     "lines":[{"itemId":"%s","quantity":%d}]}""".formatted(UUID.randomUUID(), locations.get(res.location()),
                    items.get(res.item()), res.qty()), "Idempotency-Key", key());
            if (r.status() == 201) {
                reservations.add(r.json("$.id"));
            }
            return r;
        }
        if (reservations.isEmpty()) {
            return null;
        }
        if (op instanceof Release rel) {
            String id = reservations.get(rel.pick() % reservations.size());
            return http.post("/api/v1/reservations/" + id + "/release", null, "Idempotency-Key", key());
        }
        Consume c = (Consume) op;
        String id = reservations.get(c.pick() % reservations.size());
        TestHttp.Response current = http.get("/api/v1/reservations/" + id);
        String item = current.json("$.lines[0].itemId");
        return http.post("/api/v1/reservations/" + id + "/consume",
                "{\"lines\":[{\"itemId\":\"" + item + "\",\"quantity\":" + c.qty() + "}]}", "Idempotency-Key", key());
    }
}
