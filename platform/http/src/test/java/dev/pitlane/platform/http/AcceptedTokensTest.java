package dev.pitlane.platform.http;

import dev.pitlane.testsupport.TravellingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptedTokensTest {

    private final TravellingClock clock = new TravellingClock();
    private final AcceptedTokens<String> tokens = new AcceptedTokens<>(2, Duration.ofMinutes(5), clock);

    @Test
    void remembersAnAcceptedTokenUntilItExpires() {
        tokens.remember("t1", "decoded", clock.instant().plusSeconds(30));
        assertThat(tokens.get("t1")).isEqualTo("decoded");
        clock.advance(Duration.ofSeconds(30));
        assertThat(tokens.get("t1")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void neverLongerThanTheTtlEvenIfTheTokenLivesLonger() {
        tokens.remember("t1", "decoded", clock.instant().plusSeconds(3600));
        clock.advance(Duration.ofMinutes(4));
        assertThat(tokens.get("t1")).isEqualTo("decoded");
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.get("t1")).isNull();
    }

    @Test
    void forgetsNothingItNeverSawAndKeepsNoExpiredToken() {
        assertThat(tokens.get("unknown")).isNull();
        tokens.remember("old", "decoded", clock.instant().minusSeconds(1));
        assertThat(tokens.get("old")).isNull();
        assertThat(tokens.size()).isZero();
    }

    @Test
    void staysWithinItsSize() {
        for (int i = 0; i < 5; i++) {
            tokens.remember("t" + i, "decoded", clock.instant().plusSeconds(600));
        }
        assertThat(tokens.size()).isLessThanOrEqualTo(2);
        assertThat(tokens.get("t4")).isEqualTo("decoded");
    }

    @Test
    void aSizeOfZeroTurnsTheCacheOff() {
        AcceptedTokens<String> off = new AcceptedTokens<>(0, Duration.ofMinutes(5), clock);
        off.remember("t1", "decoded", clock.instant().plusSeconds(600));
        assertThat(off.get("t1")).isNull();
    }
}
