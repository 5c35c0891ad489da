package dev.pitlane.testsupport;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for state that arrives asynchronously (over Kafka, after a commit): until the condition holds, or fails
 * saying what it waited for and what it last saw. Not a timing assertion.
 */
public final class Await {

    /** Long enough for a broker restart or a cold consumer group on a loaded 2-core machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private Await() {
    }

    public static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        return until(what, timeout, Duration.ofMillis(100), probe, done);
    }

    /** With a longer {@code poll} where many waits run at once and their probes would load what they watch. */
    public static <T> T until(String what, Duration timeout, Duration poll, Supplier<T> probe, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            Awaitility.await(what).atMost(timeout).pollInterval(poll)
                    .until(() -> {
                        last.set(probe.get());
                        return done.test(last.get());
                    });
            return last.get();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                    + "; last seen: " + last.get(), e);
        }
    }

    public static <T> T until(String what, Supplier<T> probe, Predicate<T> done) {
        return until(what, DEFAULT_TIMEOUT, probe, done);
    }

    public static void until(BooleanSupplier condition, String what) {
        until(what, DEFAULT_TIMEOUT, condition::getAsBoolean, Boolean::booleanValue);
    }
}
