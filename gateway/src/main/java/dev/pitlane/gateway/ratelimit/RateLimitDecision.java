package dev.pitlane.gateway.ratelimit;

import java.time.Duration;

/**
 * The verdict for one request.
 *
 * @param limit     burst of the tightest bucket, for {@code X-RateLimit-Limit}; 0 when nothing was counted
 * @param remaining tokens left in the tightest bucket, for {@code X-RateLimit-Remaining}
 * @param denied    the scope that refused, {@code null} when allowed
 */
record RateLimitDecision(boolean allowed, long limit, long remaining, Duration retryAfter, Scope denied) {

    /** Nothing counted: limiting is off, or its store failed and we fail open. */
    static RateLimitDecision uncounted() {
        return new RateLimitDecision(true, 0, 0, Duration.ZERO, null);
    }

    static RateLimitDecision allowed(long limit, long remaining) {
        return new RateLimitDecision(true, limit, remaining, Duration.ZERO, null);
    }

    static RateLimitDecision denied(Bucket bucket, Duration retryAfter) {
        return new RateLimitDecision(false, bucket.limit().burst(), 0, retryAfter, bucket.scope());
    }

    boolean counted() {
        return limit > 0;
    }
}
