package dev.pitlane.e2e.bench;

import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An open-loop load generator: requests leave at a fixed rate whatever the server does, and each latency is counted
 * from when the request was due, so a stalled server shows up in the percentiles (no coordinated omission).
 * Saturation mode instead keeps N requests in flight and reports the throughput.
 */
public final class FixedRateLoad {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(4)).build();

    public record Result(String name, double rate, long requests, long errors, double p50Ms, double p99Ms,
                         double maxMs) {
        @Override
        public String toString() {
            return String.format("%-34s %8.1f req/s  n=%-7d errors=%-5d p50=%7.2f ms  p99=%7.2f ms  max=%7.2f ms",
                    name, rate, requests, errors, p50Ms, p99Ms, maxMs);
        }
    }

    /** {@code rate} requests per second for {@code duration}, after a warm-up of the same rate. */
    public Result atRate(String name, Supplier<HttpRequest> request, int rate, Duration warmUp, Duration duration)
            throws InterruptedException {
        run(request, rate, warmUp, new Histogram(3_600_000_000L, 3), new AtomicLong());
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        long count = run(request, rate, duration, histogram, errors);
        return new Result(name, count / (double) duration.toSeconds(), count, errors.get(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0);
    }

    private long run(Supplier<HttpRequest> request, int rate, Duration duration, Histogram histogram,
                     AtomicLong errors) throws InterruptedException {
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long total = duration.toNanos() / intervalNanos;
        CountDownLatch done = new CountDownLatch((int) total);
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            client.sendAsync(request.get(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                long micros = (System.nanoTime() - due) / 1000;
                synchronized (histogram) {
                    histogram.recordValue(Math.max(1, micros));
                }
                if (e != null || r.statusCode() >= 400) {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        done.await(Math.max(30, (end - System.nanoTime()) / 1_000_000_000L + 30), TimeUnit.SECONDS);
        return total;
    }

    /** Keeps {@code concurrency} requests in flight for {@code duration}; returns the completed rate. */
    public Result saturated(String name, Supplier<HttpRequest> request, int concurrency, Duration duration)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        AtomicLong completed = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            inFlight.acquire();
            long sent = System.nanoTime();
            client.sendAsync(request.get(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                synchronized (histogram) {
                    histogram.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                }
                if (e != null || r.statusCode() >= 400) {
                    errors.incrementAndGet();
                }
                completed.incrementAndGet();
                inFlight.release();
            });
        }
        inFlight.acquire(concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, completed.get() / seconds, completed.get(), errors.get(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0,
                histogram.getMaxValue() / 1000.0);
    }

    public static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
    }
}
