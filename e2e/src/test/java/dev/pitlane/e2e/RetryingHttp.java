package dev.pitlane.e2e;

import dev.pitlane.testsupport.TestHttp;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A client as the API contract asks it to behave while a service restarts: a call the gateway answers 502/503/504
 * (service down, circuit open, timed out) or that loses its connection is sent again, a POST with the SAME
 * Idempotency-Key, so a first attempt that did commit is replayed instead of applied twice.
 */
final class RetryingHttp {

    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    /** Longer than a service restart on a loaded 2-core machine, so only a real outage fails the caller. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(240);

    private final TestHttp http;
    private final AtomicLong retries;

    RetryingHttp(TestHttp http, AtomicLong retries) {
        this.http = http;
        this.retries = retries;
    }

    TestHttp.Response get(String path) {
        return retry("GET " + path, () -> http.get(path));
    }

    /** A POST under one Idempotency-Key for every attempt. */
    TestHttp.Response post(String path, String json) {
        String key = UUID.randomUUID().toString();
        return retry("POST " + path, () -> http.post(path, json, "Idempotency-Key", key));
    }

    /** A POST that must answer {@code status}; fails with the body otherwise. */
    TestHttp.Response post(String path, String json, int status) {
        return Responses.ok(post(path, json), status);
    }

    TestHttp.Response get(String path, int status) {
        return Responses.ok(get(path), status);
    }

    private TestHttp.Response retry(String what, Supplier<TestHttp.Response> call) {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        long backoffMillis = 100;
        while (true) {
            String failure;
            long pauseMillis;
            try {
                TestHttp.Response r = call.get();
                if (r.status() == 429) {
                    // the gateway's per-user limit: wait as told, no failure of the suite
                    String retryAfter = r.header("Retry-After");
                    pauseMillis = 1_000L * (retryAfter == null ? 1 : Math.max(1, Long.parseLong(retryAfter)));
                } else if (TRANSIENT.contains(r.status())) {
                    pauseMillis = backoffMillis;
                    backoffMillis = Math.min(backoffMillis * 2, 2_000);
                } else {
                    return r;
                }
                failure = r.toString();
            } catch (UncheckedIOException e) {
                failure = e.toString();
                pauseMillis = backoffMillis;
                backoffMillis = Math.min(backoffMillis * 2, 2_000);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " still failing after " + GIVE_UP_AFTER.toSeconds() + " s: "
                        + failure);
            }
            retries.incrementAndGet();
            sleep(pauseMillis);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
