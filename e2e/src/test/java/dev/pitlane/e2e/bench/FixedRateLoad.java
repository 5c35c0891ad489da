package dev.pitlane.e2e.bench;

import dev.pitlane.testsupport.OpenLoopLoad;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Load for the gateway benchmark: at a fixed rate, open loop (each latency counted from when the request was due, so
 * a stalled server shows up in the percentiles), or in saturation, N requests in flight, reporting the throughput.
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

    /**
     * {@code rate} GETs of {@code url} per second for {@code duration}, after a warm-up of the same rate, open loop
     * ({@link OpenLoopLoad}, 32 connections).
     */
    public Result atRate(String name, String url, String token, int rate, Duration warmUp, Duration duration)
            throws InterruptedException {
        URI uri = URI.create(url);
        OpenLoopLoad load = new OpenLoopLoad(uri.getScheme() + "://" + uri.getAuthority(), 32);
        OpenLoopLoad.Request get = new OpenLoopLoad.Request("GET", uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), token, null);
        load.run(i -> get, rate, warmUp);
        OpenLoopLoad.Run run = load.run(i -> get, rate, duration);
        return new Result(name, run.requests() / run.seconds(), run.requests(), run.errors(), run.percentile(50),
                run.percentile(99), run.percentile(100));
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
