package dev.pitlane.auth.throttle.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one account or one address, and until when the next attempt must wait.
 *
 * @param windowStartedAt for an account: the first failure of the window; for an address: the last failure
 * @param lockedUntil     null when the next attempt may come at once
 */
public record AttemptCounter(int failures, Instant windowStartedAt, Instant lockedUntil) {

    /** An account: {@code maxFailures} within {@code window} lock it for {@code lockDuration}. */
    public record Policy(int maxFailures, Duration window, Duration lockDuration) {
    }

    /**
     * An address: the first {@code freeFailures} cost nothing; after each further one the next attempt waits, twice
     * as long each time from {@code firstDelay} up to {@code maxDelay}. The failures are forgotten {@code window}
     * after the last one. The wait is never longer than {@code maxDelay}, so the address is never shut for good.
     */
    public record DelayPolicy(int freeFailures, Duration firstDelay, Duration maxDelay, Duration window) {

        Duration delayAfter(int failures) {
            int doublings = failures - freeFailures - 1;
            if (doublings >= 30) {
                return maxDelay;
            }
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The account counter after one more failure at {@code now}. */
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

    /** The address counter after one more failure at {@code now}. */
    public AttemptCounter afterFailure(Instant now, DelayPolicy policy) {
        if (lockedAt(now)) {
            return this;
        }
        boolean forgotten = !windowStartedAt.plus(policy.window()).isAfter(now);
        int count = forgotten ? 1 : failures + 1;
        Instant until = count > policy.freeFailures() ? now.plus(policy.delayAfter(count)) : null;
        return new AttemptCounter(count, now, until);
    }

    /** True when this failure is the one that locked. */
    public boolean lockedBy(AttemptCounter before, Instant now) {
        return lockedAt(now) && !before.lockedAt(now);
    }
}
