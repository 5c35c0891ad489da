package dev.pitlane.gateway.ratelimit;

import dev.pitlane.gateway.problem.ProblemWriter;
import io.lettuce.core.ClientOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Chooses where buckets live: Redis when {@code pitlane.gateway.rate-limit.redis=true} (set it together with
 * {@code spring.data.redis.host}), this replica's memory otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pitlane.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitProperties properties, ObjectProvider<ReactiveStringRedisTemplate> redis,
                                    ProblemWriter problems) {
        RateLimiter limiter;
        if (properties.redis()) {
            log.info("Rate limits are kept in Redis (shared by all gateway replicas)");
            limiter = new RedisRateLimiter(redis.getObject(), properties.keyPrefix(), properties.redisTimeout());
        } else {
            log.info("Rate limits are kept in memory (per gateway replica)");
            limiter = new InMemoryRateLimiter(System::currentTimeMillis);
        }
        return new RateLimitFilter(limiter, new BucketResolver(properties), problems);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = RedisOnlyWhenUsed.SWITCH, havingValue = "true")
    static class RedisClient {

        /**
         * While Redis is unreachable Lettuce would queue commands until they time out; refusing them at once
         * lets the limiter fail open without making every request wait for the timeout.
         */
        @Bean
        LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
            return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }
    }
}
