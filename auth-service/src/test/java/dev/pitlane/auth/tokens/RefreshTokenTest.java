package dev.pitlane.auth.tokens;

import dev.pitlane.auth.tokens.domain.RefreshToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenTest {

    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    private final RefreshToken first = RefreshToken.first(UUID.randomUUID(), UUID.randomUUID(), t0,
            Duration.ofDays(7), Duration.ofDays(30));

    @Test
    void aTokenIsValidUntilItsIdleTimeoutAndItsSuccessorStaysInTheFamily() {
        assertThat(first.check(t0.plus(Duration.ofDays(6)))).isEqualTo(RefreshToken.Verdict.VALID);
        assertThat(first.check(t0.plus(Duration.ofDays(7)))).isEqualTo(RefreshToken.Verdict.EXPIRED);
        RefreshToken next = first.successor(t0.plus(Duration.ofDays(6)), Duration.ofDays(7));
        assertThat(next.familyId()).isEqualTo(first.familyId());
        assertThat(next.expiresAt()).isEqualTo(t0.plus(Duration.ofDays(13)));
    }

    @Test
    void noTokenOutlivesItsSession() {
        RefreshToken late = first.successor(t0.plus(Duration.ofDays(28)), Duration.ofDays(7));
        assertThat(late.expiresAt()).isEqualTo(first.familyExpiresAt());
    }

    @Test
    void aUsedTokenIsAReuseAndARevokedOneIsSimplyInvalid() {
        RefreshToken used = new RefreshToken(first.id(), first.organizationId(), first.familyId(), first.userId(),
                t0, first.expiresAt(), first.familyExpiresAt(), t0.plusSeconds(5), null);
        assertThat(used.check(t0.plusSeconds(10))).isEqualTo(RefreshToken.Verdict.REUSED);
        RefreshToken revoked = new RefreshToken(first.id(), first.organizationId(), first.familyId(), first.userId(),
                t0, first.expiresAt(), first.familyExpiresAt(), t0.plusSeconds(5), t0.plusSeconds(6));
        assertThat(revoked.check(t0.plusSeconds(10))).isEqualTo(RefreshToken.Verdict.REVOKED);
    }
}
