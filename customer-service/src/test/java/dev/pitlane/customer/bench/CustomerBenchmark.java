package dev.pitlane.customer.bench;

import dev.pitlane.customer.bulk.ImportFiles;
import dev.pitlane.testsupport.Multipart;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Search and import under load, as the issue asks: 1,000,000 customers and 1,500,000 vehicles generated in
 * PostgreSQL, then searches by phone (in the formats people type) and by partial name at a fixed rate (open loop:
 * a request is sent on schedule whether or not earlier ones answered, and its latency counts from when it was
 * due), then an import of 100,000 rows. Not a test: run {@code bench/search-and-import.sh}.
 *
 * <p>Where it sends its requests ({@code -Dname=value}):
 * <ul>
 *   <li>by default, the service started in this JVM on database {@code customer_bench};</li>
 *   <li>{@code gateway=true}: the whole suite started as devstack runs it (every service its own JVM, a Kafka
 *       broker, the gateway in front) at {@code portOffset} (20000), the data in organization "Bench Motors" and
 *       every request through the gateway; {@code fresh=true} recreates the suite's databases;</li>
 *   <li>{@code baseUrl}, {@code token} and {@code adminJdbcUrl}: a suite already running, e.g. a devstack's gateway;
 *       the data goes into the token's organization, which must have no customers of its own.</li>
 * </ul>
 * Sizes: {@code customers}, {@code vehicles}, {@code rate}, {@code seconds}, {@code importRows}, {@code importSeed}
 * (another seed imports new customers into a kept database); {@code generate=false} uses the data as it is.
 */
public final class CustomerBenchmark {

    private static final String[] FIRST = {"Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Ayaan",
            "Krishna", "Ishaan", "Rohan", "Rahul", "Amit", "Suresh", "Rajesh", "Vikram", "Anil", "Sanjay", "Deepak",
            "Manoj", "Ananya", "Diya", "Priya", "Saanvi", "Aadhya", "Kavya", "Isha", "Pooja", "Neha", "Sneha"};
    private static final String[] LAST = {"Sharma", "Verma", "Patel", "Reddy", "Iyer", "Iyengar", "Nair", "Menon",
            "Kumar", "Singh", "Gupta", "Agarwal", "Joshi", "Kulkarni", "Deshpande", "Chatterjee", "Banerjee",
            "Mukherjee", "Rao", "Naidu", "Pillai", "Shetty", "Kamath", "Khan", "Fernandes", "Malhotra", "Kapoor"};
    private static final String[] FOREIGN = {"Müller", "García", "Schäfer", "Hernández", "Dubois", "Tanaka"};

    private CustomerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("customers", 1_000_000);
        int vehicles = Integer.getInteger("vehicles", 1_500_000);
        int rate = Integer.getInteger("rate", 200);
        int seconds = Integer.getInteger("seconds", 30);
        int importRows = Integer.getInteger("importRows", 100_000);
        BenchTargets.Target target = Boolean.getBoolean("gateway") ? BenchTargets.suite()
                : System.getProperty("baseUrl") != null ? BenchTargets.given() : BenchTargets.inThisJvm();
        try {
            System.out.printf("searching %s%n", target.description());
            if (Boolean.parseBoolean(System.getProperty("generate", "true"))
                    && (count(target, "customers") < customers || count(target, "vehicles") < vehicles)) {
                long t = System.nanoTime();
                generate(target, customers, vehicles);
                System.out.printf("generated %,d customers and %,d vehicles in %.1f s%n", customers, vehicles,
                        (System.nanoTime() - t) / 1e9);
            }
            // a token from now on: generating the rows may take longer than a token lives
            String token = target.token();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
            // long enough for the JIT to finish with the request path of the gateway and the service: with 10 s the
            // measured run still shared the cores with the C2 compiler threads, and its p99 showed that
            int warmUp = Integer.getInteger("warmUpSeconds", 60);
            System.out.printf("warming up (%d s at %d req/s, not measured)%n", warmUp, rate);
            load(client, target.baseUrl(), token, rate, warmUp, customers, 3);
            serviceTime(client, target.baseUrl(), token, customers);
            Result result = load(client, target.baseUrl(), token, rate, seconds, customers, 7);
            result.print(rate, seconds);
            importBench(client, target.baseUrl(), target.token(), importRows);
        } finally {
            target.close();
            System.exit(0);
        }
    }

    static long count(BenchTargets.Target target, String table) throws java.sql.SQLException {
        try (Connection c = target.adminConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM " + table + " WHERE organization_id = '"
                     + target.organization() + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Replaces the organization's rows by generated ones. */
    static void generate(BenchTargets.Target target, int customers, int vehicles)
            throws IOException, java.sql.SQLException {
        UUID org = target.organization();
        String sql;
        try (InputStream in = CustomerBenchmark.class.getResourceAsStream("/bench/generate.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${org}", org.toString())
                    .replace("${customers}", Integer.toString(customers))
                    .replace("${vehicles}", Integer.toString(vehicles));
        }
        long existing = count(target, "customers");
        if (!target.dedicated() && existing > 0) {
            throw new IllegalStateException("Organization " + org + " has " + existing + " customers of its own: "
                    + "generate into one without customers, or search what is there with -Dgenerate=false");
        }
        try (Connection c = target.adminConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("service_visits", "vehicle_ownerships", "odometer_readings", "vehicles",
                    "customers")) {
                s.execute("DELETE FROM " + table + " WHERE organization_id = '" + org + "'");
            }
            for (String statement : sql.split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            s.execute("VACUUM ANALYZE customers");
            s.execute("VACUUM ANALYZE vehicles");
        }
    }

    record Result(Histogram phone, Histogram name, Histogram all, int errors, int sent) {
        void print(int rate, int seconds) {
            System.out.printf("%nsearch at %d req/s for %d s (open loop, latency from the scheduled send): %d sent, %d errors%n",
                    rate, seconds, sent, errors);
            line("by phone", phone);
            line("by name", name);
            line("all", all);
        }

        static void line(String what, Histogram h) {
            System.out.printf("  %-9s n=%6d  p50=%6.1f ms  p90=%6.1f ms  p99=%6.1f ms  max=%6.1f ms%n", what,
                    h.getTotalCount(), h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
        }
    }

    /** @param seed of the searches: the warm-up's differ from the measured run's, so these are not cached for it */
    private static Result load(HttpClient client, String baseUrl, String token, int rate, int seconds, int customers,
                               long seed) throws InterruptedException {
        Histogram phone = new Histogram(60_000_000L, 3);
        Histogram name = new Histogram(60_000_000L, 3);
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        Random random = new Random(seed);
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            boolean byPhone = i % 2 == 0;
            String query = byPhone ? "phone=" + enc(phoneOf(random, customers)) : "q=" + enc(nameQuery(random));
            Histogram into = byPhone ? phone : name;
            ticker.schedule(() -> {
                sent.incrementAndGet();
                HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/customers?size=20&" + query))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
                pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                    long micros = (System.nanoTime() - due) / 1_000;
                    synchronized (into) {
                        into.recordValue(Math.min(micros, into.getHighestTrackableValue()));
                    }
                    if (e != null || r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }));
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        ticker.shutdown();
        ticker.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        for (CompletableFuture<?> f : pending) {
            try {
                f.join();
            } catch (RuntimeException ignored) {
                // counted as an error already
            }
        }
        Histogram all = new Histogram(60_000_000L, 3);
        all.add(phone);
        all.add(name);
        return new Result(phone, name, all, errors.get(), sent.get());
    }

    /** One request at a time: what a search costs when nothing queues in front of it. */
    private static void serviceTime(HttpClient client, String baseUrl, String token, int customers) throws Exception {
        Histogram phone = new Histogram(60_000_000L, 3);
        Histogram name = new Histogram(60_000_000L, 3);
        Random random = new Random(11);
        for (int i = 0; i < 1_000; i++) {
            boolean byPhone = i % 2 == 0;
            String query = byPhone ? "phone=" + enc(phoneOf(random, customers)) : "q=" + enc(nameQuery(random));
            long t = System.nanoTime();
            client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/customers?size=20&" + query))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            (byPhone ? phone : name).recordValue((System.nanoTime() - t) / 1_000);
        }
        Histogram all = new Histogram(60_000_000L, 3);
        all.add(phone);
        all.add(name);
        System.out.printf("%nservice time, one request at a time (closed loop, 1,000 requests)%n");
        Result.line("by phone", phone);
        Result.line("by name", name);
        Result.line("all", all);
    }

    /** A customer's phone from the generator's formula, typed the way people do. */
    static String phoneOf(Random random, int customers) {
        int i;
        do {
            i = 1 + random.nextInt(customers);
        } while (i % 10 == 3 && i % 20 != 0);
        String digits = Long.toString(6_000_000_000L + ((long) i * 7919) % 3_000_000_000L);
        return switch (random.nextInt(4)) {
            case 0 -> "+91" + digits;
            case 1 -> "0" + digits;
            case 2 -> digits.substring(0, 5) + " " + digits.substring(5);
            default -> "+91-" + digits;
        };
    }

    /** What people type to find a customer: a first name and the start of a surname, or a surname. */
    static String nameQuery(Random random) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        return switch (random.nextInt(4)) {
            case 0 -> first.toLowerCase() + " " + last.substring(0, Math.min(4, last.length())).toLowerCase();
            case 1 -> first + " " + last;
            case 2 -> first.toUpperCase() + " " + last.substring(0, 3);
            default -> FOREIGN[random.nextInt(FOREIGN.length)].toLowerCase()
                    .replace("ü", "u").replace("á", "a").replace("ä", "a");
        };
    }

    private static void importBench(HttpClient client, String baseUrl, String token, int rows) throws Exception {
        ImportFiles.Generated file = ImportFiles.csv(rows, 0, Long.getLong("importSeed", 4242));
        Multipart body = Multipart.file("file", "bench.csv", "text/csv", file.csv().getBytes(StandardCharsets.UTF_8));
        for (String run : new String[] {"first run", "same file again"}) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/customer-imports"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", body.contentType())
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(body.body())).build(),
                    HttpResponse.BodyHandlers.ofString());
            double elapsed = (System.nanoTime() - t) / 1e9;
            String report = r.body().length() > 300 ? r.body().substring(0, 300) + "..." : r.body();
            System.out.printf("%nimport of %,d rows (%,.1f MB CSV), %s: HTTP %d in %.1f s%n  %s%n", rows,
                    body.body().length / 1e6, run, r.statusCode(), elapsed, report);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
