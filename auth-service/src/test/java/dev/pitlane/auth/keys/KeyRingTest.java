package dev.pitlane.auth.keys;

import dev.pitlane.auth.keys.domain.KeyRing;
import dev.pitlane.auth.keys.domain.SigningKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRingTest {

    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aRetiredKeyIsPublishedUntilItsLastTokenExpired() {
        Instant until = KeyRing.publishUntil(t0, Duration.ofMinutes(15), Duration.ofMinutes(1));
        assertThat(until).isEqualTo(t0.plus(Duration.ofMinutes(16)));
        SigningKey active = new SigningKey("new", null, null, t0, true, null);
        SigningKey retired = new SigningKey("old", null, null, t0.minus(Duration.ofDays(30)), false, until);
        KeyRing ring = new KeyRing(active, List.of(active, retired));
        assertThat(ring.publishedAt(t0.plus(Duration.ofMinutes(15)))).containsExactly(active, retired);
        assertThat(ring.publishedAt(until)).containsExactly(active);
    }

    @Test
    void rotationIsDueAfterThePeriodOrWithoutAKey() {
        assertThat(KeyRing.rotationDue(t0, Duration.ofDays(30), t0.plus(Duration.ofDays(29)))).isFalse();
        assertThat(KeyRing.rotationDue(t0, Duration.ofDays(30), t0.plus(Duration.ofDays(30)))).isTrue();
        assertThat(KeyRing.rotationDue(null, Duration.ofDays(30), t0)).isTrue();
    }
}
