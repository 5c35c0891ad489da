package dev.pitlane.auth.throttle.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one account or one address. Failures count within a window that starts at the first
 * failure; reaching the limit locks for a while and starts counting afresh after it.
 *
 * @param lockedUntil null when not locked
 */
public record AttemptCounter(int failures, Instant windowStartedAt, Instant lockedUntil) {

    public record Policy(int maxFailures, Duration window, Duration lockDuration) {
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The counter after one more failure at {@code now}. */
    public AttemptCounter afterFailure(Instant now, Policy policy) {
        if (lockedAt(now)) {
            return this;
        }
        boolean windowOver = !windowStartedAt.plus(policy.window()).isAfter(now) || lockedUntil != null;
        int count = windowOver ? 1 : failures + 1;
        Instant start = windowOver ? now : windowStartedAt;
        if (count >= policy.maxFailures()) {
            return new AttemptCounter(0, now, now.plus(policy.lockDuration()));
        }
        return new AttemptCounter(count, start, null);
    }

    /** True when this failure is the one that locked. */
    public boolean lockedBy(AttemptCounter before, Instant now) {
        return lockedAt(now) && !before.lockedAt(now);
    }
}
