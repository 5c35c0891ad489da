package dev.pitlane.platform.messaging;

/**
 * Handles one event type a service consumes. The consumer owns its payload type: a small record with only the
 * fields it reads (unknown fields are ignored, as contracts only ever add fields within a major version).
 *
 * <p>{@link #handle} runs in a transaction with the inbox row for the event, as the event's organization: a
 * redelivered event is skipped before it reaches the handler, and an exception rolls both back for a retry.
 * Throw {@link PoisonEventException} for an event that can never succeed; it goes to the dead-letter topic at once.
 */
public interface EventHandler<T> {

    /** The {@code eventType} of the envelope, e.g. {@code PurchaseOrderReceived}. */
    String eventType();

    Class<T> payloadType();

    void handle(T payload, EventMetadata metadata);
}
