package dev.pitlane.gateway.ratelimit;

import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Buckets in this gateway's memory: exact for one replica, per replica when there are several (then use
 * Redis). Full buckets are dropped once a minute so the map holds only callers that are actually limited.
 */
final class InMemoryRateLimiter implements RateLimiter {

    private static final long SWEEP_EVERY_MILLIS = 60_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final AtomicLong lastSweep;

    InMemoryRateLimiter(LongSupplier clock) {
        this.clock = clock;
        this.lastSweep = new AtomicLong(clock.getAsLong());
    }

    @Override
    public Mono<RateLimitDecision> consume(List<Bucket> request) {
        return Mono.fromSupplier(() -> decide(request));
    }

    RateLimitDecision decide(List<Bucket> request) {
        long now = clock.getAsLong();
        sweepIfDue(now);
        List<TokenBucket> charged = new ArrayList<>(request.size());
        long limit = 0;
        long remaining = Long.MAX_VALUE;
        for (Bucket bucket : request) {
            TokenBucket tokens = buckets.computeIfAbsent(bucket.key(), key -> new TokenBucket(bucket.limit(), now));
            long left = tokens.take(now);
            if (left < 0) {
                charged.forEach(TokenBucket::refund);
                return RateLimitDecision.denied(bucket, Duration.ofMillis(-left));
            }
            charged.add(tokens);
            if (left < remaining) {
                remaining = left;
                limit = bucket.limit().burst();
            }
        }
        return request.isEmpty() ? RateLimitDecision.uncounted() : RateLimitDecision.allowed(limit, remaining);
    }

    int size() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        // one caller per minute does the sweep, on its own thread; the race with a concurrent take on a bucket
        // being dropped can at worst grant that caller one token extra
        if (now - last >= SWEEP_EVERY_MILLIS && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
    }
}
