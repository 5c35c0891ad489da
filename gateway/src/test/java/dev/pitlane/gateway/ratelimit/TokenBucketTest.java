package dev.pitlane.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get);

    @Test
    void spendsTheBurstThenRefillsAtTheRate() {
        Bucket bucket = new Bucket(Scope.CLIENT, "sub:a", new Limit(2, 4, Duration.ofSeconds(1)));
        for (int expected = 3; expected >= 0; expected--) {
            RateLimitDecision decision = limiter.decide(List.of(bucket));
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(expected);
            assertThat(decision.limit()).isEqualTo(4);
        }
        RateLimitDecision refused = limiter.decide(List.of(bucket));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.denied()).isEqualTo(Scope.CLIENT);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));

        now.addAndGet(500);
        assertThat(limiter.decide(List.of(bucket)).allowed()).isTrue();
        assertThat(limiter.decide(List.of(bucket)).allowed()).isFalse();
    }

    @Test
    void chargesNoBucketWhenOneRefuses() {
        Bucket client = new Bucket(Scope.CLIENT, "sub:b", new Limit(10, 10, Duration.ofMinutes(1)));
        Bucket organization = new Bucket(Scope.ORGANIZATION, "org-1", new Limit(1, 1, Duration.ofMinutes(1)));
        assertThat(limiter.decide(List.of(client, organization)).allowed()).isTrue();
        RateLimitDecision refused = limiter.decide(List.of(client, organization));
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.denied()).isEqualTo(Scope.ORGANIZATION);
        // the refused request did not cost the client a token: 10 - 1 used, the next answer shows 8 left
        assertThat(limiter.decide(List.of(client)).remaining()).isEqualTo(8);
    }

    @Test
    void forgetsBucketsThatHaveRefilled() {
        Bucket bucket = new Bucket(Scope.CLIENT, "ip:10.0.0.1", new Limit(1, 1, Duration.ofSeconds(1)));
        limiter.decide(List.of(bucket));
        assertThat(limiter.size()).isEqualTo(1);
        now.addAndGet(Duration.ofMinutes(2).toMillis());
        limiter.decide(List.of(new Bucket(Scope.CLIENT, "ip:10.0.0.2", bucket.limit())));
        assertThat(limiter.size()).isEqualTo(1);
    }
}
