package dev.pitlane.auth.throttle;

import dev.pitlane.auth.throttle.domain.AttemptCounter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AttemptCounterTest {

    private static final AttemptCounter.Policy POLICY = new AttemptCounter.Policy(3, Duration.ofMinutes(15),
            Duration.ofMinutes(10));
    private final Instant t0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theLimitWithinTheWindowLocks() {
        AttemptCounter c = new AttemptCounter(0, t0, null);
        c = c.afterFailure(t0, POLICY).afterFailure(t0.plusSeconds(60), POLICY);
        assertThat(c.lockedAt(t0.plusSeconds(61))).isFalse();
        AttemptCounter locked = c.afterFailure(t0.plusSeconds(120), POLICY);
        assertThat(locked.lockedBy(c, t0.plusSeconds(120))).isTrue();
        assertThat(locked.lockedAt(t0.plusSeconds(120).plus(Duration.ofMinutes(9)))).isTrue();
        assertThat(locked.lockedAt(t0.plusSeconds(120).plus(Duration.ofMinutes(10)))).isFalse();
    }

    @Test
    void failuresOutsideTheWindowStartAfresh() {
        AttemptCounter c = new AttemptCounter(0, t0, null).afterFailure(t0, POLICY).afterFailure(t0, POLICY);
        AttemptCounter later = c.afterFailure(t0.plus(Duration.ofMinutes(16)), POLICY);
        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.lockedAt(t0.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLockAndCountingRestartsAfterIt() {
        AttemptCounter locked = new AttemptCounter(2, t0, null).afterFailure(t0, POLICY);
        assertThat(locked.afterFailure(t0.plusSeconds(30), POLICY)).isEqualTo(locked);
        AttemptCounter after = locked.afterFailure(t0.plus(Duration.ofMinutes(11)), POLICY);
        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.lockedUntil()).isNull();
    }

    private static final AttemptCounter.DelayPolicy DELAYS = new AttemptCounter.DelayPolicy(3, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(1));

    @Test
    void anAddressWaitsTwiceAsLongAfterEachFailurePastTheFreeOnesUpToTheLimit() {
        AttemptCounter c = new AttemptCounter(0, t0, null);
        Instant now = t0;
        for (int i = 0; i < 3; i++) {
            c = c.afterFailure(now, DELAYS);
            assertThat(c.lockedUntil()).as("free failure " + (i + 1)).isNull();
        }
        long expected = 1;
        for (int failure = 4; failure < 40; failure++) {
            c = c.afterFailure(now, DELAYS);
            assertThat(Duration.between(now, c.lockedUntil())).as("after failure " + failure)
                    .isEqualTo(Duration.ofSeconds(Math.min(expected, 900)));
            assertThat(c.afterFailure(now.plusMillis(1), DELAYS)).as("a failure while waiting changes nothing")
                    .isEqualTo(c);
            now = c.lockedUntil();
            assertThat(c.lockedAt(now)).as("the wait is over at its end").isFalse();
            expected *= 2;
        }
    }

    @Test
    void anAddressesFailuresAreForgottenAWindowAfterTheLastOne() {
        AttemptCounter c = new AttemptCounter(0, t0, null);
        for (int i = 0; i < 5; i++) {
            c = c.afterFailure(t0.plusSeconds(i * 100L), DELAYS);
        }
        Instant last = t0.plusSeconds(400);
        assertThat(c.failures()).isEqualTo(5);
        assertThat(c.afterFailure(last.plus(Duration.ofMinutes(59)), DELAYS).failures()).isEqualTo(6);
        AttemptCounter fresh = c.afterFailure(last.plus(Duration.ofHours(1)), DELAYS);
        assertThat(fresh.failures()).isEqualTo(1);
        assertThat(fresh.lockedUntil()).isNull();
    }
}
