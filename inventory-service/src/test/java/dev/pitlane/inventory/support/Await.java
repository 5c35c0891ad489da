package dev.pitlane.inventory.support;

import java.util.function.BooleanSupplier;

/** Waits for something asynchronous (an event consumed, an event published); not a timing assertion. */
public final class Await {

    private Await() {
    }

    public static void until(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("Timed out waiting for: " + what);
    }
}
