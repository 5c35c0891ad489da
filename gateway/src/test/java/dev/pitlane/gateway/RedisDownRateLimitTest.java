package dev.pitlane.gateway;

import dev.pitlane.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Redis configured but down: requests go through (fail open) and quickly, rather than all being refused. */
@TestPropertySource(properties = {
        "pitlane.gateway.rate-limit.redis=true",
        "pitlane.gateway.rate-limit.client.replenish-rate=1",
        "pitlane.gateway.rate-limit.client.burst=1",
        "pitlane.gateway.rate-limit.client.replenish-period=1m",
        "spring.data.redis.host=127.0.0.1"})
class RedisDownRateLimitTest extends GatewayTest {

    @DynamicPropertySource
    static void deadRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", RedisDownRateLimitTest::closedPort);
    }

    @Test
    void letsRequestsThroughWhenRedisIsDown() {
        String user = TestTokens.bearer(TOKENS.user(UUID.randomUUID()).mint());
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            client.get().uri("/api/v1/items").header(HttpHeaders.AUTHORIZATION, user).exchange()
                    .expectStatus().isOk()
                    .expectHeader().doesNotExist("X-RateLimit-Remaining");
            // no waiting for Redis: Lettuce's own default would be a minute per command
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
