package dev.pitlane.inventory.bench;

import dev.pitlane.platform.messaging.OutboxRelay;
import dev.pitlane.testsupport.OpenLoopLoad;
import dev.pitlane.testsupport.ProcessCpu;
import dev.pitlane.testsupport.TestInfrastructure;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posting throughput, in one run on this machine:
 * <ol>
 *   <li>the stock-OUT endpoint at saturation (closed loop, {@code CONCURRENCY} clients, random SKUs), next to
 *       pgbench running the same SQL work (lock the balance row, insert the ledger row, update the balance, insert
 *       the outbox row) at the same concurrency against the same tables (its outbox rows into a copy of the outbox
 *       that no relay reads), each phase starting once the relay has caught up with the one before;</li>
 *   <li>one hot SKU: every client posting to the same item (and pgbench likewise);</li>
 *   <li>latency at half the saturated rate (open loop, latency measured from each request's scheduled start).</li>
 * </ol>
 * Not a test: run {@code inventory-service/bench/posting-throughput.sh}.
 */
public final class PostingThroughputBenchmark {

    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    private static final int ITEMS = 1000;
    /** The shortest warm-up; it goes on, in rounds of 10 s, until the JIT has settled (at most 5 minutes). */
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 30);
    private static final int WARMUP_MAX_SECONDS = 300;
    /** Settled: the JIT compilers took less than this share of one core in the last round. */
    private static final double JIT_SETTLED_SHARE = 0.05;
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    private PostingThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int exit = 0;
        try (BenchService service = new BenchService("inventory_bench_posting", CONCURRENCY)) {
            UUID location = UUID.randomUUID();
            setUp(service, location);
            service.autovacuumEvery10s();
            String body = "{\"type\":\"OUT\",\"locationId\":\"" + location
                    + "\",\"lines\":[{\"itemId\":\"%s\",\"quantity\":1}]}";
            List<String> itemIds = new ArrayList<>();
            for (int n = 1; n <= ITEMS; n++) {
                itemIds.add(itemId(n).toString());
            }

            System.out.printf("%nPosting throughput, %d concurrent clients, %d s each, %d SKUs%n", CONCURRENCY, SECONDS,
                    ITEMS);
            System.out.printf("  machine: %d cores, load average %.1f before the run%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            boolean wrk = Files.isExecutable(Path.of("/usr/bin/wrk"));
            System.out.println("  load generator: " + (wrk ? "wrk (C, like pgbench)" : "Java HttpClient in this JVM "
                    + "(install Debian's wrk for a lighter one)"));
            System.out.println("  autovacuum: off on this machine's server; the benchmark does its work every 10 s");
            Result api;
            Cpu apiCpu;
            long[] relayBefore;
            if (wrk) {
                warmUp(() -> wrk(service, location, itemIds, 10));
                service.settle();
                Cpu before = Cpu.now(service);
                relayBefore = relayCounts(service);
                api = wrk(service, location, itemIds, SECONDS);
                service.awaitOutboxDrained();
                apiCpu = Cpu.now(service).minus(before);
            } else {
                warmUp(() -> closedLoop(service, body, () -> ThreadLocalRandom.current().nextInt(ITEMS), itemIds, 10));
                service.settle();
                Cpu before = Cpu.now(service);
                relayBefore = relayCounts(service);
                api = closedLoop(service, body, () -> ThreadLocalRandom.current().nextInt(ITEMS), itemIds, SECONDS);
                service.awaitOutboxDrained();
                apiCpu = Cpu.now(service).minus(before);
            }
            long[] relayAfter = relayCounts(service);
            service.settle();
            Cpu before = Cpu.now(service);
            double pg = pgbench(service, location, false);
            Cpu pgCpu = Cpu.now(service).minus(before);
            Result floor = closedLoopGet(service, "/api/v1/stock/settings", SECONDS / 2);
            service.settle();
            double jdbc = jdbcLoop(service, location, SECONDS / 2);
            System.out.printf("  service  POST /api/v1/stock/movements (OUT): %8.0f postings/s  p50 %5.1f ms  p99 %6.1f ms  (errors %d)%n",
                    api.rate(), api.p(50), api.p(99), api.errors());
            System.out.printf("  pgbench  same SQL work, same concurrency:    %8.0f postings/s%n", pg);
            System.out.printf("  service / pgbench: %.0f%% (goal >= 60%%)%n", 100 * api.rate() / pg);
            System.out.printf("  the same SQL from this JVM over JDBC (%d threads):  %8.0f postings/s%n", CONCURRENCY, jdbc);
            System.out.printf("  CPU per posting, ms (the service's until its relay had published every event):%n");
            System.out.printf("    service: %s%n", apiCpu.perPosting(api.rate() * SECONDS, "service JVM", "load generator"));
            System.out.printf("    pgbench: %s%n", pgCpu.perPosting(pg * SECONDS, "idle service JVM", "pgbench"));
            System.out.printf("  the service's outbox relay: %.1f events per batch%n",
                    (relayAfter[0] - relayBefore[0]) / (double) Math.max(1, relayAfter[1] - relayBefore[1]));
            System.out.printf("  for scale, the service's floor: GET /api/v1/stock/settings (token check, one query): "
                    + "%.0f/s p50 %.1f ms%n", floor.rate(), floor.p(50));

            service.settle();
            Result hot = wrk ? wrk(service, location, itemIds.subList(0, 1), SECONDS)
                    : closedLoop(service, body, () -> 0, itemIds, SECONDS);
            service.settle();
            double pgHot = pgbench(service, location, true);
            System.out.printf("%nOne hot SKU, %d concurrent clients%n", CONCURRENCY);
            System.out.printf("  service: %8.0f postings/s  p50 %5.1f ms  p99 %6.1f ms  (errors %d; goal >= 200/s)%n",
                    hot.rate(), hot.p(50), hot.p(99), hot.errors());
            System.out.printf("  pgbench: %8.0f postings/s%n", pgHot);

            double half = api.rate() / 2;
            service.settle();
            long[] gcBefore = gc();
            OpenLoopLoad.Run run = new OpenLoopLoad(service.baseUrl, 4 * CONCURRENCY).run(i -> new OpenLoopLoad.Request(
                    "POST", "/api/v1/stock/movements", service.token,
                    body.formatted(itemIds.get(ThreadLocalRandom.current().nextInt(itemIds.size())))), half,
                    Duration.ofSeconds(SECONDS));
            Result open = new Result(run.rate(), run.latenciesMs(), run.errors());
            System.out.printf("%nAt half the saturated rate (%.0f postings/s offered, open loop)%n", half);
            System.out.printf("  achieved %.0f/s  p50 %5.1f ms  p90 %5.1f ms  p99 %6.1f ms  max %6.1f ms  (errors %d; goal p99 < 100 ms)%n",
                    open.rate(), open.p(50), open.p(90), open.p(99), open.p(100), open.errors());
            StringBuilder slow = new StringBuilder();
            for (int second = 0; second < run.slowestBySecond().length; second++) {
                if (run.slowestBySecond()[second] > 100) {
                    slow.append(String.format(" %d s (%.0f ms)", second, run.slowestBySecond()[second]));
                }
            }
            long[] gcAfter = gc();
            System.out.println("  seconds of the run with a request over 100 ms:" + (slow.isEmpty() ? " none" : slow)
                    + String.format("; the service's JVM collected garbage %d times, %d ms in all",
                    gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1]));
            checkConsistency(service);
        } catch (Exception | Error e) {
            // exit in every case: the broker and the database are only released by the shutdown hooks
            e.printStackTrace();
            exit = 1;
        }
        System.exit(exit);
    }

    /** Collections and milliseconds spent collecting in this JVM (the service's) so far. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** Events and batches the service's outbox relay has published so far. */
    private static long[] relayCounts(BenchService service) {
        var relay = service.context.getBean(OutboxRelay.class);
        return new long[] {relay.publishedCount(), relay.batchCount()};
    }

    /**
     * Posts in rounds of 10 s until the JIT compilers have settled: on two busy cores C2 needs minutes to compile
     * the request path (seen here: a compiler thread busy for 2.5 minutes, the service at half its rate meanwhile),
     * and a service runs for days once it has.
     */
    private static void warmUp(java.util.concurrent.Callable<?> tenSeconds) throws Exception {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        double share;
        do {
            long compiled = jit.getTotalCompilationTime();
            long roundStart = System.nanoTime();
            tenSeconds.call();
            share = (jit.getTotalCompilationTime() - compiled) / ((System.nanoTime() - roundStart) / 1e6);
        } while ((System.nanoTime() - start) / 1e9 < WARMUP_MAX_SECONDS
                && (share >= JIT_SETTLED_SHARE || (System.nanoTime() - start) / 1e9 < WARMUP_SECONDS));
        System.out.printf("  warm-up: %.0f s, until the JIT compilers took %.0f%% of a core (goal < %.0f%%)%n",
                (System.nanoTime() - start) / 1e9, 100 * share, 100 * JIT_SETTLED_SHARE);
    }

    /** The same id as {@code md5('bench-' || n)::uuid} in SQL, so pgbench can pick items by number. */
    static UUID itemId(int n) {
        return md5Uuid("bench-" + n);
    }

    /** {@code md5(text)::uuid}, as PostgreSQL computes it. */
    static UUID md5Uuid(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(text.getBytes());
            String hex = java.util.HexFormat.of().formatHex(digest);
            return UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1000 items with plenty of stock at one location, written as the ledger would have them. */
    private static void setUp(BenchService s, UUID location) {
        String org = "'" + s.org + "'";
        UUID unit = UUID.randomUUID();
        s.sql("INSERT INTO units (id, organization_id, code, name) VALUES ('" + unit + "', " + org + ", 'pcs', 'Pieces')");
        s.sql("INSERT INTO locations (id, organization_id, code, name, type) VALUES ('" + location + "', " + org
                + ", 'WH', 'Bench warehouse', 'CENTRAL_WAREHOUSE')");
        s.sql("""
                INSERT INTO items (id, organization_id, sku, part_number, name, unit_id, gst_rate)
                SELECT md5('bench-' || n)::uuid, %1$s, 'B-' || n, 'P-' || n, 'Bench part ' || n, '%2$s', 18
                FROM generate_series(1, %3$d) n;
                INSERT INTO stock_ledger (organization_id, movement_id, movement_type, item_id, location_id, quantity,
                    value_delta, unit_cost, posted_by, effective_at)
                SELECT %1$s, gen_random_uuid(), 'IN', md5('bench-' || n)::uuid, '%4$s', 100000000, 10000000000, 100,
                    'bench', now() FROM generate_series(1, %3$d) n;
                INSERT INTO stock_balances (organization_id, item_id, location_id, on_hand, value, last_movement_at)
                SELECT organization_id, item_id, location_id, quantity, value_delta, now() FROM stock_ledger
                WHERE organization_id = %1$s;
                INSERT INTO item_costs (organization_id, item_id, quantity, value, average_cost)
                SELECT organization_id, item_id, quantity, value_delta, 100 FROM stock_ledger WHERE organization_id = %1$s
                ON CONFLICT (organization_id, item_id) DO UPDATE SET quantity = excluded.quantity,
                    value = excluded.value, average_cost = excluded.average_cost;
                ANALYZE;""".formatted(org, unit, ITEMS, location));
        // pgbench's outbox rows go to a table of the same shape (indexes, defaults, the same id sequence) that no
        // relay reads: the service's relay publishing them would take CPU from pgbench's run and, still catching
        // up, from the phase after it
        s.sql("CREATE TABLE bench_outbox (LIKE outbox_events INCLUDING ALL); GRANT INSERT ON bench_outbox TO "
                + s.db.appUser());
    }

    /**
     * CPU used so far by this JVM (the service, and the load generator where wrk is missing), by the child processes
     * it waited for (wrk, pgbench), by the Kafka broker and by PostgreSQL.
     */
    private record Cpu(long jvm, long children, long broker, long postgres, long wal) {
        static Cpu now(BenchService service) {
            long brokerPid = TestInfrastructure.localKafkaBroker()
                    .map(b -> b.pid()).orElse(-1L);
            return new Cpu(ProcessCpu.millis(ProcessHandle.current().pid()), ProcessCpu.reapedChildrenMillis(),
                    brokerPid < 0 ? 0 : ProcessCpu.millis(brokerPid), ProcessCpu.postgresMillis(), service.walBytes());
        }

        Cpu minus(Cpu o) {
            return new Cpu(jvm - o.jvm, children - o.children, broker - o.broker, postgres - o.postgres, wal - o.wal);
        }

        String perPosting(double postings, String jvmName, String childName) {
            return String.format("PostgreSQL %.2f, %s %.2f, Kafka broker %.2f, %s %.2f; total %.2f (WAL %.1f kB)",
                    postgres / postings, jvmName, jvm / postings, broker / postings, childName, children / postings,
                    (jvm + children + broker + postgres) / postings, wal / postings / 1024);
        }
    }

    record Result(double rate, List<Double> latenciesMs, long errors) {
        double p(int percentile) {
            if (latenciesMs.isEmpty()) {
                return Double.NaN;
            }
            int index = Math.min(latenciesMs.size() - 1, (int) Math.ceil(percentile / 100.0 * latenciesMs.size()) - 1);
            return latenciesMs.get(Math.max(0, index));
        }
    }

    /** wrk at {@code CONCURRENCY} connections, each request a fresh Idempotency-Key and a random SKU of {@code items}. */
    private static Result wrk(BenchService s, UUID location, List<String> items, int seconds) throws Exception {
        String lua = """
                local items = {%s}
                local run = "%s"
                local threads = 0
                function setup(thread) thread:set("tid", threads); threads = threads + 1 end
                local n = 0
                function init(args) math.randomseed(os.time() + tid * 7919) end
                function request()
                  n = n + 1
                  local body = '{"type":"OUT","locationId":"%s","lines":[{"itemId":"' .. items[math.random(#items)] .. '","quantity":1}]}'
                  return wrk.format("POST", "/api/v1/stock/movements", {["Content-Type"] = "application/json",
                    ["Authorization"] = "Bearer %s", ["Idempotency-Key"] = run .. "-" .. tid .. "-" .. n}, body)
                end
                """.formatted(String.join(",", items.stream().map(i -> "\"" + i + "\"").toList()), UUID.randomUUID(),
                location, s.token);
        Path script = Files.createTempFile("inventory-wrk", ".lua");
        Files.writeString(script, lua);
        Process p = new ProcessBuilder("wrk", "-t", "2", "-c", String.valueOf(CONCURRENCY), "-d", seconds + "s",
                "--latency", "-s", script.toString(), s.baseUrl + "/api/v1/stock/movements")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        if (!rate.find()) {
            throw new IllegalStateException("wrk said:\n" + out);
        }
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        long errors = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        List<Double> percentiles = new ArrayList<>();
        for (String pct : List.of("50", "75", "90", "99")) {
            Matcher m = Pattern.compile("\\s" + pct + "%\\s+([0-9.]+)(us|ms|s)").matcher(out);
            percentiles.add(m.find() ? Double.parseDouble(m.group(1)) * switch (m.group(2)) {
                case "us" -> 0.001;
                case "s" -> 1000.0;
                default -> 1.0;
            } : Double.NaN);
        }
        // wrk reports four percentiles: keep them where p() looks for 50, 75, 90 and 99
        List<Double> spread = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            spread.add(i < 50 ? percentiles.get(0) : i < 75 ? percentiles.get(1) : i < 90 ? percentiles.get(2)
                    : percentiles.get(3));
        }
        return new Result(Double.parseDouble(rate.group(1)) * (1 - (double) errors / Math.max(1, errors + 1)),
                spread, errors);
    }

    private static Result closedLoop(BenchService s, String body, IntSupplier item, List<String> items, int seconds)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long start = System.nanoTime();
        for (int c = 0; c < CONCURRENCY; c++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = s.post("/api/v1/stock/movements",
                                body.formatted(items.get(item.getAsInt())));
                        if (r.statusCode() != 201) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - t0) / 1e6);
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result((sorted.size() - errors.get()) / elapsed, sorted, errors.get());
    }

    private static Result closedLoopGet(BenchService s, String path, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long start = System.nanoTime();
        for (int c = 0; c < CONCURRENCY; c++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    try {
                        if (s.get(path).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - t0) / 1e6);
                }
            });
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result((sorted.size() - errors.get()) / elapsed, sorted, errors.get());
    }

    /** pgbench's transaction from Java: tells what the JVM and the driver cost on this machine right now. */
    private static double jdbcLoop(BenchService s, UUID location, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", s.db.appUser());
        props.setProperty("password", s.db.appPassword());
        props.setProperty("options", "-c app.organization_id=" + s.org);
        long start = System.nanoTime();
        List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CONCURRENCY; c++) {
            workers.add(pool.submit(() -> {
                try (var conn = java.sql.DriverManager.getConnection(s.db.jdbcUrl(), props)) {
                    conn.setAutoCommit(false);
                    var lock = conn.prepareStatement("SELECT on_hand, reserved, in_transit, value FROM stock_balances "
                            + "WHERE organization_id = ? AND item_id = ? AND location_id = ? FOR UPDATE");
                    var ledger = conn.prepareStatement("INSERT INTO stock_ledger (organization_id, movement_id, "
                            + "movement_type, item_id, location_id, quantity, value_delta, unit_cost, posted_by, "
                            + "effective_at) VALUES (?, gen_random_uuid(), 'OUT', ?, ?, -1, -100, 100, 'jdbc', now())");
                    var update = conn.prepareStatement("UPDATE stock_balances SET on_hand = on_hand - 1, "
                            + "value = value - 100, last_movement_at = now(), updated_at = now() "
                            + "WHERE organization_id = ? AND item_id = ? AND location_id = ?");
                    var outbox = conn.prepareStatement("INSERT INTO bench_outbox (event_id, topic, message_key, "
                            + "event_type, payload, headers) VALUES (gen_random_uuid(), 'inventory.stock.v1', 'bench', "
                            + "'StockChanged', '{\"eventType\":\"StockChanged\",\"data\":{}}', '{}')");
                    while (!stop.get()) {
                        UUID item = itemId(1 + ThreadLocalRandom.current().nextInt(ITEMS));
                        for (var ps : List.of(lock, update)) {
                            ps.setObject(1, s.org);
                            ps.setObject(2, item);
                            ps.setObject(3, location);
                        }
                        lock.executeQuery().close();
                        ledger.setObject(1, s.org);
                        ledger.setObject(2, item);
                        ledger.setObject(3, location);
                        ledger.executeUpdate();
                        update.executeUpdate();
                        outbox.executeUpdate();
                        conn.commit();
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (var w : workers) {
            w.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** pgbench with the same four statements, as the application role (row-level security on), same clients. */
    private static double pgbench(BenchService s, UUID location, boolean hot) throws IOException, InterruptedException {
        String item = hot ? "'" + itemId(1) + "'::uuid" : "md5('bench-' || :n)::uuid";
        String script = """
                \\set n random(1, %d)
                BEGIN;
                SELECT on_hand, reserved, in_transit, value FROM stock_balances WHERE organization_id = '%s' AND item_id = %s AND location_id = '%s' FOR UPDATE;
                INSERT INTO stock_ledger (organization_id, movement_id, movement_type, item_id, location_id, quantity, value_delta, unit_cost, posted_by, effective_at) VALUES ('%s', gen_random_uuid(), 'OUT', %s, '%s', -1, -100, 100, 'pgbench', now());
                UPDATE stock_balances SET on_hand = on_hand - 1, value = value - 100, last_movement_at = now(), updated_at = now() WHERE organization_id = '%s' AND item_id = %s AND location_id = '%s';
                INSERT INTO bench_outbox (event_id, topic, message_key, event_type, payload, headers) VALUES (gen_random_uuid(), 'inventory.stock.v1', 'bench', 'StockChanged', '{"eventType":"StockChanged","data":{}}', '{}');
                END;
                """.formatted(ITEMS, s.org, item, location, s.org, item, location, s.org, item, location);
        Path file = Files.createTempFile("inventory-pgbench", ".sql");
        Files.writeString(file, script);
        String pgbench = Files.exists(Path.of("/usr/lib/postgresql/15/bin/pgbench"))
                ? "/usr/lib/postgresql/15/bin/pgbench" : "pgbench";
        URIParts db = URIParts.of(s.db.jdbcUrl());
        ProcessBuilder pb = new ProcessBuilder(pgbench, "-h", db.host(), "-p", db.port(), "-U", s.db.appUser(), "-n",
                "-c", String.valueOf(CONCURRENCY), "-j", "2", "-T", String.valueOf(SECONDS), "-f", file.toString(),
                db.name());
        pb.environment().put("PGPASSWORD", s.db.appPassword());
        pb.environment().put("PGOPTIONS", "-c app.organization_id=" + s.org);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench said:\n" + out);
        }
        Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(out);
        if (failed.find() && !failed.group(1).equals("0")) {
            System.out.println("  (pgbench failed transactions: " + failed.group(1) + ")");
        }
        return Double.parseDouble(m.group(1));
    }

    private record URIParts(String host, String port, String name) {
        static URIParts of(String jdbcUrl) {
            Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(jdbcUrl);
            if (!m.find()) {
                throw new IllegalArgumentException(jdbcUrl);
            }
            return new URIParts(m.group(1), m.group(2), m.group(3));
        }
    }

    /** Whatever the load did, every balance must still equal its ledger. */
    private static void checkConsistency(BenchService s) throws Exception {
        try (var c = s.owner(); var st = c.createStatement(); var rs = st.executeQuery("""
                SELECT count(*) FROM stock_balances b JOIN (SELECT item_id, location_id, sum(quantity) q
                    FROM stock_ledger GROUP BY 1, 2) l ON l.item_id = b.item_id AND l.location_id = b.location_id
                WHERE b.on_hand <> l.q""")) {
            rs.next();
            System.out.printf("%nBalances differing from their ledger after the run: %d%n", rs.getLong(1));
        }
    }
}
