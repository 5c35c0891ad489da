package dev.pitlane.customer.config;

import dev.pitlane.customer.common.application.EntityCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Redis, only when {@code spring.data.redis.host} is set; otherwise {@link EntityCache#NONE}.
 *
 * <p>Plain evict-after-commit still lets a read that loaded the row just before the commit put the old row back
 * just after the eviction, where it would stay until it expires. So each entry has a generation: a write bumps it
 * after its commit (and drops the entry), and a read stores what it loaded only if the generation is still the one
 * it saw before loading — one atomic script, which Spring's cache abstraction cannot express. Values are JSON text;
 * a Redis outage degrades to database reads, never to failed requests.
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    @ConditionalOnProperty("spring.data.redis.host")
    EntityCache redisEntityCache(StringRedisTemplate redis, JsonMapper json, CustomerProperties properties) {
        return new RedisEntityCache(redis, json, properties.cache().ttl());
    }

    @Bean
    @ConditionalOnMissingBean(EntityCache.class)
    EntityCache noEntityCache() {
        return EntityCache.NONE;
    }

    static final class RedisEntityCache implements EntityCache {

        private static final Logger log = LoggerFactory.getLogger(RedisEntityCache.class);
        private static final String PREFIX = "customer-service:";
        private static final RedisScript<Long> PUT_IF_SAME_GENERATION = RedisScript.of("""
                if (redis.call('GET', KEYS[1]) or '0') == ARGV[1] then
                  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
                  return 1
                end
                return 0""", Long.class);
        private static final RedisScript<Long> NEXT_GENERATION = RedisScript.of("""
                local g = redis.call('INCR', KEYS[1])
                redis.call('PEXPIRE', KEYS[1], ARGV[1])
                redis.call('DEL', KEYS[2])
                return g""", Long.class);

        private final StringRedisTemplate redis;
        private final JsonMapper json;
        private final Duration ttl;

        RedisEntityCache(StringRedisTemplate redis, JsonMapper json, Duration ttl) {
            this.redis = redis;
            // an entry written by another version of the service may have fields this one does not know
            this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            this.ttl = ttl;
        }

        @Override
        public <T> T get(String region, UUID organizationId, UUID id, Class<T> type, Supplier<T> loader) {
            String key = valueKey(region, organizationId, id);
            String generation;
            try {
                List<String> found = redis.opsForValue().multiGet(List.of(generationKey(key), key));
                generation = found.get(0) == null ? "0" : found.get(0);
                if (found.get(1) != null) {
                    return json.readValue(found.get(1), type);
                }
            } catch (RuntimeException e) {
                log.warn("Cache read of {} failed, reading the database: {}", region, e.toString());
                return loader.get();
            }
            T value = loader.get();
            if (value != null) {
                try {
                    redis.execute(PUT_IF_SAME_GENERATION, List.of(generationKey(key), key), generation,
                            json.writeValueAsString(value), Long.toString(ttl.toMillis()));
                } catch (RuntimeException e) {
                    log.warn("Cache write of {} failed: {}", region, e.toString());
                }
            }
            return value;
        }

        @Override
        public void evict(String region, UUID organizationId, UUID id) {
            String key = valueKey(region, organizationId, id);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        nextGeneration(key);
                    }
                });
            } else {
                nextGeneration(key);
            }
        }

        private void nextGeneration(String key) {
            try {
                // the generation outlives any entry read under the previous one
                redis.execute(NEXT_GENERATION, List.of(generationKey(key), key), Long.toString(ttl.toMillis() * 2));
            } catch (RuntimeException e) {
                log.warn("Cache eviction of {} failed: {}", key, e.toString());
            }
        }

        private static String valueKey(String region, UUID organizationId, UUID id) {
            return PREFIX + region + ":" + organizationId + ":" + id;
        }

        private static String generationKey(String valueKey) {
            return valueKey + ":generation";
        }
    }
}
