package dev.pitlane.procurement.bench;

import dev.pitlane.localinfra.PostgresServer;
import dev.pitlane.procurement.ProcurementApplication;
import dev.pitlane.testsupport.Await;
import dev.pitlane.procurement.support.Flows;
import dev.pitlane.procurement.support.Inventory;
import dev.pitlane.procurement.support.InventorySimulator;
import dev.pitlane.procurement.support.Json;
import dev.pitlane.procurement.support.Org;
import dev.pitlane.testsupport.TestHttp;
import dev.pitlane.testsupport.TestInfrastructure;
import dev.pitlane.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * procurement-service's share of "dispatch/receipt committed → stock visible in inventory": the time from the
 * state change of a dispatch or a store receipt until a Kafka consumer (standing in for inventory) holds its
 * event, at a steady 50 flows per second (each flow = one dispatch + one receipt).
 *
 * <p>The start is the envelope's {@code occurredAt}, stamped inside the transaction just before the commit, so
 * the figures are an upper bound of commit-to-consumer. Inventory's own handling time comes on top; the
 * cross-service figure is measured by the e2e module.
 *
 * <p>Run: {@code procurement-service/bench/event-latency.sh} (a real PostgreSQL and a KRaft broker, as in tests).
 */
public final class EventLatencyBench {

    private static final int FLOWS_PER_SECOND = Integer.getInteger("bench.rate", 50);
    private static final int FLOWS = Integer.getInteger("bench.flows", 1000);
    /** Flows run first and not counted, so the figures are of a warm JVM. */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 200);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        PostgresServer.Database db = TestInfrastructure.database("procurement-bench");
        TestTokens tokens = TestTokens.issuer();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(ProcurementApplication.class)
                .properties(Map.of(
                        "server.port", "0",
                        "spring.datasource.url", db.jdbcUrl(),
                        "spring.datasource.username", db.appUser(),
                        "spring.datasource.password", db.appPassword(),
                        "spring.flyway.user", db.ownerUser(),
                        "spring.flyway.password", db.ownerPassword(),
                        "spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers(),
                        "pitlane.security.issuer-uri", tokens.issuerUri(),
                        "pitlane.security.jwk-set-uri", tokens.jwkSetUri(),
                        "logging.level.root", "WARN"))
                .run();
        int status = 0;
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            run(new Org(UUID.randomUUID(), TestHttp.at("http://127.0.0.1:" + port)));
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 1;
        } finally {
            app.close();
        }
        // the broker and the test infrastructure keep non-daemon threads
        System.exit(status);
    }

    private static void run(Org org) throws Exception {
        Flows.Item item = Flows.Item.random("BENCH-1");
        System.out.printf("Preparing %d approved parts issues...%n", WARMUP + FLOWS);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<String>> prepared = new ArrayList<>();
        for (int i = 0; i < WARMUP + FLOWS; i++) {
            prepared.add(pool.submit(() -> approve(org, item)));
        }
        List<String> issues = new ArrayList<>();
        for (Future<String> f : prepared) {
            issues.add(f.get());
        }
        for (String issue : issues) {
            Await.until("approved", () -> org.officer().get("/api/v1/parts-issues/" + issue),
                    r -> "APPROVED".equals(r.json("$.status")));
        }

        Map<String, Long> latencyMicros = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> read(org.id, latencyMicros), "bench-reader");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(2_000);

        System.out.printf("Warming up with %d flows...%n", WARMUP);
        runAtRate(pool, org, issues.subList(0, WARMUP));
        Await.until("the warm-up's events read", latencyMicros::size, n -> n >= 2 * WARMUP);
        latencyMicros.clear();
        System.out.printf("Running %d flows at %d flows/s...%n", FLOWS, FLOWS_PER_SECOND);
        long start = System.nanoTime();
        runAtRate(pool, org, issues.subList(WARMUP, WARMUP + FLOWS));
        double seconds = (System.nanoTime() - start) / 1e9;
        Await.until("every event read", latencyMicros::size, n -> n >= 2 * FLOWS);
        pool.shutdown();

        List<Long> dispatched = new ArrayList<>();
        List<Long> received = new ArrayList<>();
        latencyMicros.forEach((k, v) -> (k.startsWith("PartsIssueDispatched") ? dispatched : received).add(v));
        System.out.printf("%d flows in %.1f s (%.1f flows/s)%n", FLOWS, seconds, FLOWS / seconds);
        report("PartsIssueDispatched: commit → on Kafka at a consumer", dispatched);
        report("PartsIssueReceived:   commit → on Kafka at a consumer", received);
    }

    /** Starts one flow every 1/50 s, whether or not the previous ones finished, and waits for all. */
    private static void runAtRate(ExecutorService pool, Org org, List<String> issues) throws Exception {
        long start = System.nanoTime();
        List<Future<?>> flows = new ArrayList<>();
        for (int i = 0; i < issues.size(); i++) {
            long wait = start + i * (1_000_000_000L / FLOWS_PER_SECOND) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String issue = issues.get(i);
            flows.add(pool.submit(() -> dispatchAndReceive(org, issue)));
        }
        for (Future<?> f : flows) {
            f.get();
        }
    }

    private static String approve(Org org, Flows.Item item) {
        var requested = Flows.requestIssue(org.storeKeeper(Org.ANDHERI), Org.ANDHERI, Org.ANDHERI_STORE,
                List.of(Flows.issueLine(item, 2)));
        String id = requested.json("$.id");
        String line = requested.json("$.lines[0].id");
        Flows.ok(org.officer().post("/api/v1/parts-issues/" + id + "/approve", null, "Idempotency-Key",
                UUID.randomUUID().toString()));
        InventorySimulator.send(Inventory.stockReserved(org.id, UUID.fromString(id), UUID.randomUUID(), List.of(
                new Inventory.ReservedLine(UUID.fromString(line), item.id(), BigDecimal.valueOf(2),
                        BigDecimal.valueOf(2)))));
        return id;
    }

    private static void dispatchAndReceive(Org org, String issue) {
        var dispatched = Flows.ok(org.warehouse().post("/api/v1/parts-issues/" + issue + "/dispatch",
                Json.of("carrier", "Bench", "trackingNumber", "B-" + issue), "Idempotency-Key",
                UUID.randomUUID().toString()));
        Flows.ok(org.storeKeeper(Org.ANDHERI).post("/api/v1/parts-issues/" + issue + "/receipts", Json.of("lines",
                List.of(Map.of("lineId", dispatched.<String>json("$.lines[0].id"), "receivedQuantity", 2))),
                "Idempotency-Key", UUID.randomUUID().toString()));
    }

    private static void read(UUID org, Map<String, Long> latencyMicros) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("procurement.parts-issue.v1"));
            while (true) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> {
                    Instant now = Instant.now();
                    JsonNode envelope = JSON.readTree(r.value());
                    String type = envelope.path("eventType").asString();
                    if (org.toString().equals(envelope.path("organizationId").asString())
                            && (type.equals("PartsIssueDispatched") || type.equals("PartsIssueReceived"))) {
                        Instant occurred = Instant.parse(envelope.path("occurredAt").asString());
                        latencyMicros.put(type + r.key(), Duration.between(occurred, now).toNanos() / 1_000);
                    }
                });
            }
        }
    }

    private static void report(String what, List<Long> micros) {
        Collections.sort(micros);
        System.out.printf("%s (n=%d): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, micros.size(),
                pct(micros, 50), pct(micros, 90), pct(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
