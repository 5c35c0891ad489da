package dev.pitlane.platform.security;

import dev.pitlane.platform.http.AcceptedTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(token -> {
        checks.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("user-1")
                .expiresAt(Instant.now().plusSeconds(600)).build();
    }, new AcceptedTokens<>(16, Duration.ofMinutes(5), Clock.systemUTC()));

    @Test
    void checksAnAcceptedTokenOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat(decoder.decode("good").getSubject()).isEqualTo("user-1");
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void checksARefusedTokenEveryTime() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("bad")).isInstanceOf(BadJwtException.class);
        }
        assertThat(checks).hasValue(2);
    }
}
