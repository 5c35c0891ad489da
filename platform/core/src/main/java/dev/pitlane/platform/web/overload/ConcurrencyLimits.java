package dev.pitlane.platform.web.overload;

import org.springframework.core.env.Environment;

import java.time.Duration;

/**
 * How many requests a service works on at once. The bound comes from the connection pool: a request beyond
 * {@code requestsPerConnection} per pooled connection would only wait for one, and waiting is what turned a cold
 * service's backlog into seconds-long queues and 500s. Within the bound the limit adapts to the measured latency
 * (Netflix's Gradient2): it shrinks while requests take longer than they usually do, and grows back when they do not.
 *
 * @param max        never more requests in flight than this
 * @param min        the adaptive limit never goes below this
 * @param retryAfter what a refused caller is told to wait
 */
public record ConcurrencyLimits(int max, int min, Duration retryAfter) {

    static final String PREFIX = "pitlane.web.overload.";

    public ConcurrencyLimits {
        if (max < 1 || min < 1 || min > max) {
            throw new IllegalArgumentException("pitlane.web.overload: need 1 <= min-concurrency <= max-concurrency, got "
                    + min + " and " + max);
        }
    }

    /**
     * {@code pitlane.web.overload.max-concurrency} (default: {@code requests-per-connection} (2) times
     * {@code spring.datasource.hikari.maximum-pool-size}), {@code min-concurrency} (default: half the pool),
     * {@code retry-after} (1s). {@code enabled=false} turns the limit off.
     */
    static ConcurrencyLimits from(Environment env, int poolSize) {
        int perConnection = env.getProperty(PREFIX + "requests-per-connection", Integer.class, 2);
        int max = env.getProperty(PREFIX + "max-concurrency", Integer.class, poolSize * perConnection);
        int min = env.getProperty(PREFIX + "min-concurrency", Integer.class, Math.min(max, Math.max(1, poolSize / 2)));
        return new ConcurrencyLimits(max, min, env.getProperty(PREFIX + "retry-after", Duration.class, Duration.ofSeconds(1)));
    }
}
