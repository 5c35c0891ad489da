package dev.pitlane.e2e;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for state that arrives over Kafka: polls until the condition holds, or fails saying what it last saw. */
final class Await {

    private Await() {
    }

    static <T> T until(String what, Duration timeout, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                + "; last seen: " + last);
    }
}
