package dev.pitlane.gateway.ratelimit;

/**
 * A token bucket in memory, refilled lazily from the elapsed time whenever it is touched (no timer threads).
 * Same arithmetic as the Redis script, so both stores enforce the same limits.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerMilli;
    private double tokens;
    private long updatedAt;

    TokenBucket(Limit limit, long nowMillis) {
        this.capacity = limit.burst();
        this.tokensPerMilli = limit.tokensPerMilli();
        this.tokens = capacity;
        this.updatedAt = nowMillis;
    }

    /** @return tokens left after taking one, or {@code -millisToWait} when the bucket is empty */
    synchronized long take(long nowMillis) {
        refill(nowMillis);
        if (tokens >= 1) {
            tokens -= 1;
            return (long) Math.floor(tokens);
        }
        return -Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerMilli));
    }

    /** Gives back a token taken for a request another bucket refused. */
    synchronized void refund() {
        tokens = Math.min(capacity, tokens + 1);
    }

    /** A full bucket holds no information and can be dropped. */
    synchronized boolean isFull(long nowMillis) {
        refill(nowMillis);
        return tokens >= capacity;
    }

    private void refill(long nowMillis) {
        if (nowMillis > updatedAt) {
            tokens = Math.min(capacity, tokens + (nowMillis - updatedAt) * tokensPerMilli);
            updatedAt = nowMillis;
        }
    }
}
