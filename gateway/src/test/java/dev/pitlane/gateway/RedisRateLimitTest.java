package dev.pitlane.gateway;

import dev.pitlane.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The same limits kept in the real Redis on 127.0.0.1:6379; skipped only when no Redis answers there. */
@EnabledIf("redisIsReachable")
@TestPropertySource(properties = {
        "pitlane.gateway.rate-limit.redis=true",
        "spring.data.redis.host=127.0.0.1",
        "spring.data.redis.port=6379"})
class RedisRateLimitTest extends RateLimitContract {

    /** Fresh keys for every run, so a rerun within a minute does not find the last run's empty buckets. */
    private static final String PREFIX = "pitlane-test:" + UUID.randomUUID() + ":";

    @Autowired
    ReactiveStringRedisTemplate redis;

    @DynamicPropertySource
    static void keyPrefix(DynamicPropertyRegistry registry) {
        registry.add("pitlane.gateway.rate-limit.key-prefix", () -> PREFIX);
    }

    static boolean redisIsReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void keepsTheBucketsInRedisAndLetsThemExpire() {
        UUID organization = UUID.randomUUID();
        client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(TOKENS.user(organization).mint()))
                .exchange().expectStatus().isOk();
        String orgKey = PREFIX + "{" + organization + "}:organization:" + organization;
        assertThat(redis.hasKey(orgKey).block(Duration.ofSeconds(2))).isTrue();
        // a full refill takes a minute at 5 per minute; the key lives no longer than that (plus a second)
        assertThat(redis.getExpire(orgKey).block(Duration.ofSeconds(2))).isBetween(Duration.ofSeconds(50),
                Duration.ofSeconds(61));
    }
}
