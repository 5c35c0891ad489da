package dev.pitlane.e2e;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for state that arrives over Kafka: until the condition holds, or fails saying what it last saw. */
final class Await {

    private Await() {
    }

    static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        AtomicReference<T> last = new AtomicReference<>();
        try {
            Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(100))
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
}
