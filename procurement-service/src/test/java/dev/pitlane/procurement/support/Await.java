package dev.pitlane.procurement.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something asynchronous (an event round trip) to happen; fails with {@code what} if it never does. */
public final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(45);

    private Await() {
    }

    public static <T> T until(String what, Supplier<T> probe, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
