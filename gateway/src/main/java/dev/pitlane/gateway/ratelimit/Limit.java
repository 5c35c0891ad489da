package dev.pitlane.gateway.ratelimit;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * A token bucket's size and refill: {@code replenishRate} tokens every {@code replenishPeriod}, at most
 * {@code burst} saved up. One request costs one token. The period lets slow limits (ten sign-in attempts a
 * minute) be written as whole numbers.
 */
public record Limit(long replenishRate, long burst, @DefaultValue("1s") Duration replenishPeriod) {

    public Limit {
        if (replenishRate < 1 || burst < 1 || replenishPeriod == null || replenishPeriod.toMillis() < 1) {
            throw new IllegalArgumentException("A rate limit needs replenish-rate >= 1, burst >= 1 and a "
                    + "replenish-period of at least 1ms, got " + replenishRate + "/" + burst + "/" + replenishPeriod);
        }
    }

    double tokensPerMilli() {
        return (double) replenishRate / replenishPeriod.toMillis();
    }
}
