package dev.pitlane.gateway.ratelimit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets in Redis, shared by every gateway replica; one script call per request, whatever the number of
 * buckets. When Redis is slow or down the request is let through (fail open) and a warning is logged at most
 * twice a minute: losing rate limits for a while is better than refusing all traffic. A circuit breaker stops
 * asking a Redis that keeps failing, so an outage does not add the Redis timeout to every request.
 */
final class RedisRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final long WARN_EVERY_MILLIS = 30_000;

    /**
     * Read once: a script backed by a resource asks the resource whether it changed on every call, which for a
     * file inside the jar means opening the jar's URL on every request.
     */
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> SCRIPT = RedisScript.of(script(), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final String keyPrefix;
    private final Duration timeout;
    private final CircuitBreaker breaker;
    private final AtomicLong lastWarning = new AtomicLong();

    RedisRateLimiter(ReactiveStringRedisTemplate redis, String keyPrefix, Duration timeout) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.timeout = timeout;
        this.breaker = CircuitBreaker.of("rate-limit-redis", CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(5))
                .build());
    }

    @Override
    public Mono<RateLimitDecision> consume(List<Bucket> buckets) {
        if (buckets.isEmpty()) {
            return Mono.just(RateLimitDecision.uncounted());
        }
        List<String> keys = keys(buckets);
        List<String> args = new ArrayList<>(buckets.size() * 2);
        for (Bucket bucket : buckets) {
            args.add(Long.toString(bucket.limit().burst()));
            args.add(Double.toString(bucket.limit().tokensPerMilli()));
        }
        return redis.execute(SCRIPT, keys, args)
                .collectList()
                .timeout(timeout)
                .map(replies -> decision(buckets, flatten(replies)))
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorResume(error -> {
                    warnFailingOpen(error);
                    return Mono.just(RateLimitDecision.uncounted());
                });
    }

    /**
     * All keys of one request share a hash tag (the organization, else the caller) so the script's keys sit
     * in one Redis Cluster slot.
     */
    private List<String> keys(List<Bucket> buckets) {
        String tag = buckets.stream().filter(b -> b.scope() == Scope.ORGANIZATION).map(Bucket::owner).findFirst()
                .orElse(buckets.get(0).owner());
        return buckets.stream().map(b -> keyPrefix + "{" + tag + "}:" + b.key()).toList();
    }

    private static RateLimitDecision decision(List<Bucket> buckets, List<Long> reply) {
        int refused = reply.get(0).intValue();
        if (refused > 0) {
            return RateLimitDecision.denied(buckets.get(refused - 1), Duration.ofMillis(Math.max(1, reply.get(1))));
        }
        long limit = 0;
        long remaining = Long.MAX_VALUE;
        for (int i = 0; i < buckets.size(); i++) {
            long left = reply.get(i + 2);
            if (left < remaining) {
                remaining = left;
                limit = buckets.get(i).limit().burst();
            }
        }
        return RateLimitDecision.allowed(limit, remaining);
    }

    /** Depending on the driver the script's array arrives as one list or element by element. */
    private static List<Long> flatten(List<?> replies) {
        List<Long> values = new ArrayList<>();
        for (Object reply : replies) {
            if (reply instanceof List<?> list) {
                list.forEach(value -> values.add(((Number) value).longValue()));
            } else {
                values.add(((Number) reply).longValue());
            }
        }
        return values;
    }

    private static String script() {
        try (InputStream in = new ClassPathResource("dev/pitlane/gateway/ratelimit/token-buckets.lua").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void warnFailingOpen(Throwable error) {
        long now = System.currentTimeMillis();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_MILLIS && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limits are NOT enforced: Redis did not answer ({}); letting requests through", error.toString());
        }
    }
}
