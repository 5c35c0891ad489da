package dev.pitlane.platform.messaging;

import java.util.Optional;

/** The event being handled on this thread, so events it causes carry its correlation id on. */
final class ConsumedEvent {

    private static final ThreadLocal<EventEnvelope> CURRENT = new ThreadLocal<>();

    private ConsumedEvent() {
    }

    static Optional<EventEnvelope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(EventEnvelope envelope) {
        CURRENT.set(envelope);
    }

    static void clear() {
        CURRENT.remove();
    }
}
