package dev.pitlane.auth.bench;

import dev.pitlane.auth.AuthServiceApplication;
import dev.pitlane.localinfra.PostgresServer;
import dev.pitlane.testsupport.TestInfrastructure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Login latency at a fixed arrival rate (open loop: a slow answer does not slow the next request down, so queueing
 * shows in the figures). Starts auth-service on a fresh database with the demo users and signs them in round
 * robin. Not a test: run bench/login.sh.
 *
 * <p>System properties: {@code rate} (logins/s, 50), {@code seconds} (measured, 30), {@code warmup} (seconds, 15),
 * and any {@code pitlane.auth.password.*} setting to try other hashing costs.
 */
public final class LoginBenchmark {

    private static final List<String> USERS = List.of("admin", "advisor", "technician", "storekeeper", "procurement",
            "accountant");

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("rate", 50);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmup", 15);

        PostgresServer.Database db = TestInfrastructure.database("auth_bench");
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", db.jdbcUrl());
        props.put("spring.datasource.username", db.appUser());
        props.put("spring.datasource.password", db.appPassword());
        props.put("spring.flyway.user", db.ownerUser());
        props.put("spring.flyway.password", db.ownerPassword());
        props.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers());
        props.put("server.port", "0");
        props.put("pitlane.demo-data.enabled", "true");
        props.put("logging.level.root", "WARN");
        props.put("logging.structured.format.console", "");
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("pitlane.auth."))
                .forEach(k -> props.put(k, System.getProperty(k)));
        SpringApplication app = new SpringApplication(AuthServiceApplication.class);
        // the test classes are on this classpath: keep their configurations out of the service
        app.addInitializers(context -> context.getBeanFactory().registerSingleton("excludeTestClasses",
                new TypeExcludeFilter() {
                    @Override
                    public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
                        return reader.getResource().getURI().toString().contains("/test-classes/");
                    }
                }));
        // as command-line arguments: they win over application.yml
        String[] arguments = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = app.run(arguments)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var password = context.getEnvironment();
            String settings = "algorithm=" + password.getProperty("pitlane.auth.password.algorithm")
                    + " argon2 m=" + password.getProperty("pitlane.auth.password.argon2-memory-kib") + "KiB t="
                    + password.getProperty("pitlane.auth.password.argon2-iterations") + " p="
                    + password.getProperty("pitlane.auth.password.argon2-parallelism") + " bcrypt="
                    + password.getProperty("pitlane.auth.password.bcrypt-strength");
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(64, r -> {
                        Thread t = new Thread(r, "bench-client");
                        t.setDaemon(true);
                        return t;
                    })).build();
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login");
            System.out.printf("Warming up for %d s at %d logins/s...%n", warmup, rate);
            run(client, uri, rate, warmup);
            System.out.printf("Measuring for %d s at %d logins/s (%s), %d cores%n", seconds, rate, settings,
                    Runtime.getRuntime().availableProcessors());
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            Result result = run(client, uri, rate, seconds);
            long cpuNanos = os.getProcessCpuTime() - cpuBefore;
            List<Long> l = result.latenciesMicros;
            Collections.sort(l);
            System.out.printf("logins=%d errors=%d achieved=%.1f/s p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms%n",
                    l.size(), result.errors, l.size() / (double) seconds, pct(l, 50), pct(l, 90), pct(l, 99),
                    pct(l, 100));
            if (result.errors > 0) {
                System.out.println("errors by kind: " + result.errorKinds);
            }
            // the CPU this JVM (service and load generator) spent per login: what the rate costs on 2 idle cores
            double cpuPerLogin = cpuNanos / 1e6 / Math.max(1, l.size() + result.errors);
            System.out.printf("cpu per login=%.1fms -> %d logins/s use %.0f%% of %d cores%n", cpuPerLogin, rate,
                    cpuPerLogin * rate / 10.0 / Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("load average (1 min) at the end: %s%n",
                    java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private record Result(List<Long> latenciesMicros, int errors, Map<String, Integer> errorKinds) {
    }

    private static Result run(HttpClient client, URI uri, int rate, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<String, Integer> kinds = new java.util.concurrent.ConcurrentHashMap<>();
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            // latency counts from when the request was due, not from when it left
            long due = start + n * periodNanos;
            String user = USERS.get(n % USERS.size());
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + user
                            + "@demo-motors.local\",\"password\":\"pitlane-demo\"}"))
                    .build();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                    String kind = e != null ? e.getClass().getSimpleName() : "HTTP " + r.statusCode();
                    kinds.merge(kind, 1, Integer::sum);
                } else {
                    latencies.add((System.nanoTime() - due) / 1_000);
                }
            }));
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(50);
        }
        ticker.shutdownNow();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return new Result(new ArrayList<>(latencies), errors.get(), kinds);
    }

    private static double pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
