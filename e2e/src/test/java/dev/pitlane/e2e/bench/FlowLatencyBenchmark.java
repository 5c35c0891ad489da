package dev.pitlane.e2e.bench;

import dev.pitlane.devstack.Suite;
import dev.pitlane.e2e.bench.CommitTimes.Kind;
import dev.pitlane.testsupport.Autovacuum;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.ProcessCpu;
import dev.pitlane.testsupport.TestHttp;
import org.HdrHistogram.Histogram;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * End to end, across services: the time from the commit of a parts issue's dispatch (and of its store receipt) in
 * procurement-service until inventory-service has committed the stock change it causes (stock in transit; stock on
 * the store's shelf), at a steady rate of flows through the gateway, every service a process of its own on a real
 * PostgreSQL and a KRaft broker. Not a test: it prints figures. How the two commits are timed: {@link CommitTimes}.
 *
 * <p>Run: {@code e2e/bench/flow-latency.sh [flows=1000] [flows per second=50]}; a flow is one dispatch and, a
 * second later, its receipt. The first fifth of the flows (at least 200) warm the JVMs up and are not counted.
 */
public final class FlowLatencyBenchmark {

    private static final String CENTRAL = "7e57da7a-0000-4000-8000-000000000201";
    private static final List<String[]> STORES = List.of(
            new String[]{"7e57da7a-0000-4000-8000-000000000101", "7e57da7a-0000-4000-8000-000000000202"},
            new String[]{"7e57da7a-0000-4000-8000-000000000102", "7e57da7a-0000-4000-8000-000000000203"});
    private static final int ITEMS = 10;
    private static final Duration RECEIPT_AFTER = Duration.ofSeconds(1);
    /** As often as autovacuum would visit tables this busy with its naptime at 10 s. */
    private static final Duration AUTOVACUUM_EVERY = Duration.ofSeconds(10);

    private record Issue(String id, String firstLine, String secondLine) {
    }

    private final int flows;
    private final int warmUp;
    private final int rate;
    private final Suite suite;
    private final CommitTimes commits;
    private final TestHttp admin;
    private final TestHttp procurement;
    private final TestHttp storekeeper;
    private final Histogram dispatchHttp = new Histogram(3_600_000_000L, 3);
    private final Histogram receiptHttp = new Histogram(3_600_000_000L, 3);
    private final AtomicLong httpErrors = new AtomicLong();
    private volatile Map<String, Long> cpuAtMeasuredStart = Map.of();

    private FlowLatencyBenchmark(int flows, int rate, Suite suite) {
        this.flows = flows;
        // the JIT compilers of five JVMs need most of a minute at this load before the services run at full speed
        this.warmUp = Math.max(200, rate * Integer.getInteger("bench.warmUpSeconds", 45));
        this.rate = rate;
        this.suite = suite;
        this.commits = new CommitTimes(suite.postgres(), suite.databaseName("procurement-service"),
                suite.databaseName("inventory-service"));
        TestHttp gateway = TestHttp.at(suite.gatewayUrl());
        this.admin = gateway.withToken(login(gateway, "admin"));
        this.procurement = gateway.withToken(login(gateway, "procurement"));
        this.storekeeper = gateway.withToken(login(gateway, "storekeeper"));
    }

    public static void main(String[] args) throws Exception {
        int flows = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        // away from the e2e suites (10000-13000) and the gateway benchmark (20000)
        int portOffset = Integer.parseInt(System.getenv().getOrDefault("BENCH_PORT_OFFSET", "24000"));
        Path root = Suite.repositoryRoot();
        try (Suite suite = Suite.builder(root).workDir(root.resolve("e2e/target/flow-bench-suite"))
                .portOffset(portOffset).kafkaPort(0).demoData(true).readinessTimeout(Duration.ofSeconds(300))
                // the heap the Helm chart gives a service (75 % of its 768 MiB), whole from the start, and the collector
                // the JVM picks in such a container; with -Xms256m the young generation stayed at 80 MB and collected
                // every 3-5 s, each pause (15-120 ms on the busy machine) in some flows' latency
                .jvmOptions(List.of("-Xms576m", "-Xmx576m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"))
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_CLIENT_REPLENISH_RATE", "1000000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_CLIENT_BURST", "1000000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_ORGANIZATION_REPLENISH_RATE", "1000000")
                .env("gateway", "PITLANE_GATEWAY_RATE_LIMIT_ORGANIZATION_BURST", "1000000")
                .build().start()) {
            new FlowLatencyBenchmark(flows, rate, suite).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        commits.install();
        List<String> items = stockedItems(warmUp + flows);
        List<Issue> issues = approvedIssues(items, warmUp + flows);
        System.out.printf("%d parts issues approved; %d warm-up flows, then %d measured, at %d flows/s%n",
                issues.size(), warmUp, flows, rate);
        double driven;
        // once now, for the tables the set-up filled, then every 10 s, as autovacuum would with a 10 s naptime
        try (Autovacuum autovacuum = commits.autovacuumEvery(AUTOVACUUM_EVERY)) {
            driven = drive(issues);
        }
        awaitInventory(issues);
        Map<String, Long> cpuAfter = cpuMillis();
        report(issues.subList(warmUp, issues.size()), driven);
        System.out.printf("%nCPU per measured flow, from the first measured dispatch until inventory had caught up "
                + "(where the 2 cores went):%n");
        cpuAfter.forEach((process, ms) -> System.out.printf("  %-20s %6.1f ms%n", process,
                (ms - cpuAtMeasuredStart.getOrDefault(process, 0L)) / (double) flows));
    }

    /**
     * CPU time (user + system) each process of the suite has used so far, and PostgreSQL's: every process of the
     * server, which serves only this suite while the benchmark runs on a quiet machine.
     */
    private Map<String, Long> cpuMillis() {
        Map<String, Long> cpu = new java.util.TreeMap<>();
        suite.services().forEach((name, process) -> cpu.put(name, ProcessCpu.millis(process.pid())));
        cpu.put("kafka broker", ProcessCpu.millis(suite.kafka().pid()));
        cpu.put("this load generator", ProcessCpu.millis(ProcessHandle.current().pid()));
        cpu.put("postgresql (server)", ProcessCpu.postgresMillis());
        return cpu;
    }

    /** Ten items with plenty of stock at the central warehouse, bought and received like any stock. */
    private List<String> stockedItems(int issues) throws Exception {
        List<Map<String, Object>> units = ok(admin.get("/api/v1/units?size=200"), 200).json("$.items");
        String pcs = units.stream().filter(u -> "pcs".equals(u.get("code"))).map(u -> (String) u.get("id"))
                .findFirst().orElseThrow();
        String supplier = ok(procurement.post("/api/v1/suppliers", """
                {"name":"Bench supplier","paymentTermsDays":30,"leadTimeDays":7}""", "Idempotency-Key", key()),
                201).json("$.id");
        int quantity = issues * 2;
        List<String> items = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ITEMS; i++) {
            String sku = "BENCH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            items.add(ok(admin.post("/api/v1/items", """
                    {"sku":"%s","partNumber":"PN-%s","name":"Bench part %d","unitId":"%s","hsnCode":"8708",
                     "gstRate":28}""".formatted(sku, sku, i, pcs), "Idempotency-Key", key()), 201).json("$.id"));
            lines.append(i == 0 ? "" : ",").append("""
                    {"itemId":"%s","sku":"%s","description":"bench","quantity":%d,"unitPrice":10.00,"taxRate":18}"""
                    .formatted(items.get(i), sku, quantity));
        }
        TestHttp.Response po = ok(procurement.post("/api/v1/purchase-orders", """
                {"supplierId":"%s","deliveryLocationId":"%s","lines":[%s]}""".formatted(supplier, CENTRAL, lines),
                "Idempotency-Key", key()), 201);
        String path = "/api/v1/purchase-orders/" + po.json("$.id");
        ok(procurement.post(path + "/submit", "{}", "Idempotency-Key", key()), 200);
        ok(admin.post(path + "/approve", "{}", "Idempotency-Key", key()), 200);
        ok(procurement.post(path + "/order", "{}", "Idempotency-Key", key()), 200);
        List<String> lineIds = po.json("$.lines[*].id");
        String received = lineIds.stream().map(l -> "{\"lineId\":\"" + l + "\",\"receivedQuantity\":" + quantity
                + "}").collect(Collectors.joining(","));
        ok(storekeeper.post(path + "/receipts", "{\"lines\":[" + received + "]}", "Idempotency-Key", key()), 201);
        awaitCount("stock at the central warehouse", true, "SELECT count(*) FROM stock_balances WHERE location_id = '"
                + CENTRAL + "' AND on_hand >= " + quantity + " AND item_id IN (" + quoted(items) + ")", ITEMS);
        return items;
    }

    /** Parts issues of two lines each, approved with their stock reserved, ready to be dispatched. */
    private List<Issue> approvedIssues(List<String> items, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Issue>> requested = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String[] store = STORES.get(i % STORES.size());
                String first = items.get(i % ITEMS);
                String second = items.get((i + 1) % ITEMS);
                requested.add(pool.submit(() -> {
                    TestHttp.Response r = ok(storekeeper.post("/api/v1/parts-issues", """
                            {"serviceCenterId":"%s","fromLocationId":"%s","toLocationId":"%s","lines":[
                             {"itemId":"%s","sku":"B1","description":"bench","quantity":2},
                             {"itemId":"%s","sku":"B2","description":"bench","quantity":2}]}"""
                            .formatted(store[0], CENTRAL, store[1], first, second), "Idempotency-Key", key()), 201);
                    Issue issue = new Issue(r.json("$.id"), r.json("$.lines[0].id"), r.json("$.lines[1].id"));
                    ok(procurement.post("/api/v1/parts-issues/" + issue.id() + "/approve", "{}", "Idempotency-Key",
                            key()), 200);
                    return issue;
                }));
            }
            List<Issue> issues = new ArrayList<>();
            for (Future<Issue> f : requested) {
                issues.add(f.get(5, TimeUnit.MINUTES));
            }
            awaitCount("parts issues approved", false, "SELECT count(*) FROM parts_issues WHERE status = 'APPROVED'"
                    + " AND id IN (" + quoted(issues.stream().map(Issue::id).toList()) + ")", count);
            return issues;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Open loop: dispatch i is due at i / rate seconds whatever the services do, its receipt a second after that
     * (or as soon as the dispatch answered, if later). A slow answer does not slow the schedule down, but a machine
     * out of CPU starts the calls late: returns the rate the dispatches really left at. The warm-up flows go first,
     * at the same rate; HTTP times and CPU count from the first measured flow.
     */
    private double drive(List<Issue> issues) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(32);
        long start = System.nanoTime() + 200_000_000L;
        long interval = 1_000_000_000L / rate;
        AtomicLong done = new AtomicLong();
        AtomicLong lastDispatch = new AtomicLong(start);
        scheduler.schedule(() -> {
            cpuAtMeasuredStart = cpuMillis();
            System.out.printf("warm-up done: measuring %d flows%n", flows);
        }, start + warmUp * interval - System.nanoTime(), TimeUnit.NANOSECONDS);
        for (int i = 0; i < issues.size(); i++) {
            Issue issue = issues.get(i);
            long due = start + i * interval;
            boolean measured = i >= warmUp;
            scheduler.schedule(() -> {
                lastDispatch.accumulateAndGet(System.nanoTime(), Math::max);
                timed(measured ? dispatchHttp : null, due, () -> storekeeper.post("/api/v1/parts-issues/" + issue.id() + "/dispatch",
                        "{\"carrier\":\"Blue Dart\",\"trackingNumber\":\"BD-" + issue.id() + "\"}",
                        "Idempotency-Key", key()));
                long receiptDue = due + RECEIPT_AFTER.toNanos();
                scheduler.schedule(() -> {
                    timed(measured ? receiptHttp : null, receiptDue, () -> storekeeper.post("/api/v1/parts-issues/" + issue.id()
                            + "/receipts", """
                            {"lines":[{"lineId":"%s","receivedQuantity":2},
                                      {"lineId":"%s","receivedQuantity":1,"shortQuantity":1}]}"""
                            .formatted(issue.firstLine(), issue.secondLine()), "Idempotency-Key", key()));
                    done.incrementAndGet();
                }, Math.max(0, receiptDue - System.nanoTime()), TimeUnit.NANOSECONDS);
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        Duration allowed = Duration.ofNanos(start + issues.size() * interval + TimeUnit.MINUTES.toNanos(2)
                - System.nanoTime());
        Await.until("every dispatch and receipt answered", allowed, done::get, n -> n >= issues.size());
        scheduler.shutdownNow();
        return (issues.size() - 1) / ((lastDispatch.get() - start) / 1e9);
    }

    /** HTTP time counted from when the call was due, so a stalled service shows (no coordinated omission); a warm-up
     * call ({@code histogram} null) counts only its errors. */
    private void timed(Histogram histogram, long due, java.util.function.Supplier<TestHttp.Response> call) {
        try {
            TestHttp.Response r = call.get();
            if (r.status() != 200) {
                httpErrors.incrementAndGet();
                System.err.println("HTTP " + r);
            }
        } catch (RuntimeException e) {
            httpErrors.incrementAndGet();
            System.err.println("HTTP " + e);
        }
        if (histogram != null) {
            synchronized (histogram) {
                histogram.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
            }
        }
    }

    private void awaitInventory(List<Issue> issues) throws Exception {
        awaitCount("inventory's postings", true, "SELECT count(*) FROM bench_commit_times", 2L * issues.size());
    }

    private void report(List<Issue> measured, double driven) throws Exception {
        Histogram dispatch = latencies(measured, Kind.DISPATCH);
        Histogram receipt = latencies(measured, Kind.RECEIPT);
        Histogram both = new Histogram(3_600_000_000L, 3);
        both.add(dispatch);
        both.add(receipt);
        System.out.printf("%nParts flow latency across services: procurement-service commit → inventory-service "
                        + "commit of the stock change%n%d flows at %d flows/s (the dispatches left at %.1f/s), "
                        + "%d cores, everything on this machine%n%n",
                measured.size(), rate, driven,
                Runtime.getRuntime().availableProcessors());
        if (driven < 0.9 * rate) {
            System.out.printf("  NOTE: the calls could not leave at %d flows/s (see the HTTP times and the CPU per flow"
                    + " below): the figures are those of a saturated machine%n%n", rate);
        }
        print("dispatch → stock in transit", dispatch);
        print("store receipt → stock on the shelf", receipt);
        print("both", both);
        System.out.printf("%nHTTP through the gateway, from when the call was due: dispatch p50 %.1f ms, p99 %.1f ms;"
                        + " receipt p50 %.1f ms, p99 %.1f ms; %d errors%n", dispatchHttp.getValueAtPercentile(50)
                        / 1000.0, dispatchHttp.getValueAtPercentile(99) / 1000.0,
                receiptHttp.getValueAtPercentile(50) / 1000.0, receiptHttp.getValueAtPercentile(99) / 1000.0,
                httpErrors.get());
        System.out.printf("%nHow: both services' databases are on one PostgreSQL server, so one clock. A deferred "
                + "trigger in each stamps clock_timestamp() inside COMMIT: in procurement when the parts issue turns "
                + "DISPATCHED / RECEIVED*, in inventory on the ledger posting the event caused. Latency = inventory's "
                + "stamp − procurement's: outbox relay, Kafka, inventory's consumer and its transaction, with no "
                + "polling error on either end. The server runs with autovacuum off on this machine: the benchmark does its work "
                + "in both databases every %d s (autovacuum's thresholds; testsupport.Autovacuum).%nGoal (issue #6): p99 under 100 ms.%n", AUTOVACUUM_EVERY.toSeconds());
    }

    private Histogram latencies(List<Issue> measured, Kind kind) throws Exception {
        Map<String, Instant> committed = commits.procurement(kind);
        Map<String, Instant> visible = commits.inventory(kind);
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        List<String> missing = new ArrayList<>();
        for (Issue issue : measured) {
            Instant from = committed.get(issue.id());
            Instant to = visible.get(issue.id());
            if (from == null || to == null) {
                missing.add(issue.id());
                continue;
            }
            histogram.recordValue(Math.max(1, Duration.between(from, to).toNanos() / 1000));
        }
        if (!missing.isEmpty()) {
            System.out.println("  (" + kind + " not timed for " + missing.size() + " issues, e.g. "
                    + Collections.min(missing) + ")");
        }
        return histogram;
    }

    private static void print(String what, Histogram h) {
        System.out.printf("  %-36s n=%-6d p50=%7.1f ms  p90=%7.1f ms  p99=%7.1f ms  max=%7.1f ms%n", what,
                h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }

    private void awaitCount(String what, boolean inventory, String sql, long expected) throws Exception {
        Await.until(what + " (logs in " + suite.service("inventory-service").log().getParent() + ")",
                Duration.ofMinutes(3), Duration.ofMillis(200), () -> {
                    try {
                        return commits.count(inventory, sql);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }, seen -> seen >= expected);
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
    }

    private static String login(TestHttp gateway, String user) {
        return ok(gateway.post("/api/v1/auth/login", "{\"email\":\"" + user + "@demo-motors.local\",\"password\":\""
                + Suite.DEMO_PASSWORD + "\"}"), 200).json("$.accessToken");
    }

    private static TestHttp.Response ok(TestHttp.Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + r);
        }
        return r;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
