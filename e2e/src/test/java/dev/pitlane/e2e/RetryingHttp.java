package dev.pitlane.e2e;

import dev.pitlane.testsupport.TestHttp;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.pollinterval.IterativePollInterval;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A client as the API contract asks it to behave while a service restarts: a call the gateway answers 429 or
 * 502/503/504 (rate limited, service down, circuit open, timed out) or that loses its connection is sent again, a POST with the SAME
 * Idempotency-Key, so a first attempt that did commit is replayed instead of applied twice.
 */
final class RetryingHttp {

    /** The gateway's rate limit (429), a service down or its circuit open (502/503), a timeout (504). */
    private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);
    /** Longer than a service restart on a loaded 2-core machine, so only a real outage fails the caller. */
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(240);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

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

    /**
     * Calls until the answer is not transient, pausing 100 ms, 200 ms, ... up to 2 s between attempts (a 429's
     * Retry-After of a second is covered by that backoff too).
     */
    private TestHttp.Response retry(String what, Supplier<TestHttp.Response> call) {
        AtomicReference<String> lastFailure = new AtomicReference<>();
        try {
            return Awaitility.await(what).atMost(GIVE_UP_AFTER).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(new IterativePollInterval(d -> min(d.multipliedBy(2), MAX_BACKOFF), FIRST_BACKOFF))
                    .until(() -> attempt(call, lastFailure), Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + " still failing after " + GIVE_UP_AFTER.toSeconds() + " s: "
                    + lastFailure.get(), e);
        }
    }

    /** The answer, or null (counted as a retry) when it is one to try again. */
    private TestHttp.Response attempt(Supplier<TestHttp.Response> call, AtomicReference<String> lastFailure) {
        try {
            TestHttp.Response r = call.get();
            if (!TRANSIENT.contains(r.status())) {
                return r;
            }
            lastFailure.set(r.toString());
        } catch (UncheckedIOException e) {
            lastFailure.set(e.toString());
        }
        retries.incrementAndGet();
        return null;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
