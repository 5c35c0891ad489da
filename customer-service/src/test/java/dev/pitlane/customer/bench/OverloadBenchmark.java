package dev.pitlane.customer.bench;

import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static dev.pitlane.customer.bench.CustomerBenchmark.enc;
import static dev.pitlane.customer.bench.CustomerBenchmark.nameQuery;
import static dev.pitlane.customer.bench.CustomerBenchmark.phoneOf;

/**
 * Overload and cold start of customer-service's searches (issue 24), with the targets of {@link CustomerBenchmark}
 * ({@code -Dgateway=true}: the whole suite, through the gateway). Prints figures; it is not a test.
 * <ol>
 *   <li>cold: right after the data generation, {@code rate} (200) req/s for {@code coldSeconds} (60), open loop;
 *       per 5 s: goodput (successes/s), 503s and other errors; p99 of the successes; the slowest 503;</li>
 *   <li>capacity: {@code clients} (32) callers one request after another for {@code capacitySeconds} (20);
 *       the successes/s are the warm capacity;</li>
 *   <li>overload: 2 × capacity for {@code overloadSeconds} (60), then half the capacity for 20 s: goodput against
 *       capacity, errors other than 503, and the time from the end of the overload to the last error.</li>
 * </ol>
 * Run {@code bench/overload.sh}.
 */
public final class OverloadBenchmark {

    private OverloadBenchmark() {
    }

    /** One answer: when it was due (ns from the run's start), its status (0: no answer), its latency. */
    record Answer(long dueNanos, int status, long latencyMicros) {
        boolean ok() {
            return status == 200;
        }
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("customers", 1_000_000);
        int vehicles = Integer.getInteger("vehicles", 1_500_000);
        BenchTargets.Target target = Boolean.getBoolean("gateway") ? BenchTargets.suite()
                : System.getProperty("baseUrl") != null ? BenchTargets.given() : BenchTargets.inThisJvm();
        try {
            System.out.printf("overload of customer search, %s; %d cores here%n", target.description(),
                    Runtime.getRuntime().availableProcessors());
            if (CustomerBenchmark.count(target, "customers") < customers
                    || CustomerBenchmark.count(target, "vehicles") < vehicles) {
                long t = System.nanoTime();
                CustomerBenchmark.generate(target, customers, vehicles);
                System.out.printf("generated %,d customers and %,d vehicles in %.1f s%n", customers, vehicles,
                        (System.nanoTime() - t) / 1e9);
            }
            String token = target.token();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
            String url = target.baseUrl() + "/api/v1/customers?size=20&";

            int rate = Integer.getInteger("rate", 200);
            int coldSeconds = Integer.getInteger("coldSeconds", 60);
            List<Answer> cold = openLoop(client, url, token, rate, coldSeconds, customers, 3);
            report("cold start at " + rate + " req/s", cold, rate, coldSeconds, Double.NaN);

            double capacity = capacity(client, url, token, Integer.getInteger("clients", 32),
                    Integer.getInteger("capacitySeconds", 20), customers);
            System.out.printf("%nwarm capacity: %.0f successful searches/s (%d callers, closed loop)%n", capacity,
                    Integer.getInteger("clients", 32));
            System.out.printf("cold start goodput against it: %s%n", goodputTimeline(cold, coldSeconds, capacity));

            int overloadSeconds = Integer.getInteger("overloadSeconds", 60);
            int overRate = (int) Math.round(2 * capacity);
            List<Answer> over = openLoop(client, url, token, overRate, overloadSeconds, customers, 5);
            report("overload at 2 x capacity = " + overRate + " req/s", over, overRate, overloadSeconds, capacity);
            List<Answer> after = openLoop(client, url, token, Math.max(1, (int) (capacity / 2)), 20, customers, 9);
            long lastErrorDue = after.stream().filter(a -> !a.ok()).mapToLong(Answer::dueNanos).max().orElse(-1);
            System.out.printf("after the overload (%.0f req/s for 20 s): %d errors; %s%n", capacity / 2,
                    after.stream().filter(a -> !a.ok()).count(), lastErrorDue < 0 ? "no error from the first second"
                            : String.format("last error due %.1f s after the overload ended", lastErrorDue / 1e9));
        } finally {
            target.close();
            System.exit(0);
        }
    }

    private static List<Answer> openLoop(HttpClient client, String url, String token, int rate, int seconds,
                                         int customers, long seed) throws InterruptedException {
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        Random random = new Random(seed);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        for (long i = 0; i < (long) rate * seconds; i++) {
            long due = start + i * interval;
            HttpRequest request = search(url, token, random, customers, i);
            ticker.schedule(() -> pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> answers.add(new Answer(due - start, e != null ? 0 : r.statusCode(),
                            (System.nanoTime() - due) / 1_000)))), due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        ticker.shutdown();
        ticker.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        for (CompletableFuture<?> f : pending) {
            try {
                f.join();
            } catch (RuntimeException ignored) {
                // recorded as status 0
            }
        }
        return List.copyOf(answers);
    }

    private static double capacity(HttpClient client, String url, String token, int clients, int seconds,
                                   int customers) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread[] callers = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            long seed = 100 + c;
            callers[c] = new Thread(() -> {
                Random random = new Random(seed);
                for (long i = 0; running.get(); i++) {
                    try {
                        if (client.send(search(url, token, random, customers, i),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            ok.incrementAndGet();
                        }
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            callers[c].start();
        }
        Thread.sleep(seconds * 1000L / 4);
        long okBefore = ok.get();
        long t = System.nanoTime();
        Thread.sleep(seconds * 1000L * 3 / 4);
        double measured = (ok.get() - okBefore) / ((System.nanoTime() - t) / 1e9);
        running.set(false);
        for (Thread caller : callers) {
            caller.join();
        }
        return measured;
    }

    private static HttpRequest search(String url, String token, Random random, int customers, long i) {
        String query = i % 2 == 0 ? "phone=" + enc(phoneOf(random, customers)) : "q=" + enc(nameQuery(random));
        return HttpRequest.newBuilder(URI.create(url + query)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static void report(String what, List<Answer> answers, int rate, int seconds, double capacity) {
        Histogram ok = new Histogram(60_000_000L, 3);
        Histogram shed = new Histogram(60_000_000L, 3);
        long others = 0;
        for (Answer a : answers) {
            if (a.ok()) {
                ok.recordValue(Math.min(a.latencyMicros(), ok.getHighestTrackableValue()));
            } else if (a.status() == 503) {
                shed.recordValue(Math.min(a.latencyMicros(), shed.getHighestTrackableValue()));
            } else {
                others++;
            }
        }
        System.out.printf("%n%s for %d s (open loop, latency from the scheduled send): %d sent%n", what, seconds,
                answers.size());
        System.out.printf("  successes %d (goodput %.0f/s%s), 503 %d, other errors %d%n", ok.getTotalCount(),
                ok.getTotalCount() / (double) seconds,
                Double.isNaN(capacity) ? "" : String.format(", %.0f %% of capacity",
                        100 * ok.getTotalCount() / (double) seconds / capacity), shed.getTotalCount(), others);
        System.out.printf("  successes p50=%.1f ms p99=%.1f ms max=%.1f ms; 503s p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
                ok.getValueAtPercentile(50) / 1000.0, ok.getValueAtPercentile(99) / 1000.0, ok.getMaxValue() / 1000.0,
                shed.getValueAtPercentile(50) / 1000.0, shed.getValueAtPercentile(99) / 1000.0,
                shed.getMaxValue() / 1000.0);
        System.out.printf("  per 5 s (ok/503/other): %s%n", timeline(answers, seconds));
    }

    private static String timeline(List<Answer> answers, int seconds) {
        int buckets = (seconds + 4) / 5;
        long[][] counts = new long[buckets][3];
        for (Answer a : answers) {
            int b = (int) Math.min(buckets - 1, a.dueNanos() / 5_000_000_000L);
            counts[b][a.ok() ? 0 : a.status() == 503 ? 1 : 2]++;
        }
        StringBuilder line = new StringBuilder();
        for (long[] c : counts) {
            line.append(c[0]).append('/').append(c[1]).append('/').append(c[2]).append("  ");
        }
        return line.toString().trim();
    }

    private static String goodputTimeline(List<Answer> answers, int seconds, double capacity) {
        int buckets = (seconds + 4) / 5;
        long[] ok = new long[buckets];
        answers.stream().filter(Answer::ok)
                .forEach(a -> ok[(int) Math.min(buckets - 1, a.dueNanos() / 5_000_000_000L)]++);
        StringBuilder line = new StringBuilder("per 5 s, % of capacity:");
        for (long n : ok) {
            line.append(String.format(" %.0f", 100 * n / 5.0 / capacity));
        }
        return line.toString();
    }
}
