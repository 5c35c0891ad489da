package dev.pitlane.platform.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The events one consumer handles, declared in one place: topic, event type, the consumer's own payload type and
 * the method that handles it. A service declares one such bean per consumer:
 * <pre>{@code
 * @Bean
 * EventHandlers partsFlowEvents() {
 *     return EventHandlers.forTopic("procurement.parts-issue.v1")
 *             .on("PartsIssueApproved", PartsIssueApproved.class, flow::approved)
 *             .on("PartsIssueCancelled", PartsIssueCancelled.class, this::onCancelled)
 *             .build();
 * }
 * }</pre>
 * The payload type is a small record with only the fields the consumer reads (unknown fields are ignored, as
 * contracts only ever add fields within a major version). Records are routed by event type, which names one kind of
 * event whatever topic carries it; the topic says where the events come from, and the service refuses to start
 * unless {@code pitlane.messaging.consumes} lists it.
 *
 * <p>A handler runs in a transaction with the inbox row for the event, as the event's organization: a redelivered
 * event is skipped before it reaches the handler, and an exception rolls both back for a retry. Throw
 * {@link PoisonEventException} for an event that can never succeed; it goes to the dead-letter topic at once.
 */
public final class EventHandlers {

    /** Handles one event; {@code metadata} names the event (id, organization, topic, offset). */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(T payload, EventMetadata metadata);
    }

    /** One event type of one topic, read as {@code payloadType}. */
    public record Registration<T>(String topic, String eventType, Class<T> payloadType, Handler<T> handler) {

        void handle(T payload, EventMetadata metadata) {
            handler.handle(payload, metadata);
        }
    }

    private final List<Registration<?>> registrations;

    private EventHandlers(List<Registration<?>> registrations) {
        this.registrations = List.copyOf(registrations);
    }

    public static Builder forTopic(String topic) {
        return new Builder().forTopic(topic);
    }

    public List<Registration<?>> registrations() {
        return registrations;
    }

    /**
     * Every registration of all consumers, keyed by event type: a type names one kind of event whatever topic
     * carries it, so two handlers for one type are a mistake.
     */
    static Map<String, Registration<?>> byType(Collection<EventHandlers> consumers) {
        Map<String, Registration<?>> routes = new LinkedHashMap<>();
        for (EventHandlers consumer : consumers) {
            for (Registration<?> registration : consumer.registrations) {
                Registration<?> clash = routes.put(registration.eventType(), registration);
                if (clash != null) {
                    throw new IllegalStateException("Two handlers for " + registration.eventType() + " (topics "
                            + clash.topic() + " and " + registration.topic() + ")");
                }
            }
        }
        return routes;
    }

    /** The topics the registrations name: the service must subscribe to each. */
    static Set<String> topics(Collection<EventHandlers> consumers) {
        Set<String> topics = new LinkedHashSet<>();
        consumers.forEach(c -> c.registrations.forEach(r -> topics.add(r.topic())));
        return topics;
    }

    public static final class Builder {

        private final List<Registration<?>> registrations = new ArrayList<>();
        private String topic;

        private Builder() {
        }

        /** The events registered next come from {@code topic}; a consumer may read several topics. */
        public Builder forTopic(String topic) {
            this.topic = Objects.requireNonNull(topic, "topic");
            return this;
        }

        public <T> Builder on(String eventType, Class<T> payloadType, Handler<T> handler) {
            registrations.add(new Registration<>(topic, Objects.requireNonNull(eventType, "eventType"),
                    Objects.requireNonNull(payloadType, "payloadType"), Objects.requireNonNull(handler, "handler")));
            return this;
        }

        /** For a handler that needs nothing but the payload. */
        public <T> Builder on(String eventType, Class<T> payloadType, Consumer<T> handler) {
            Objects.requireNonNull(handler, "handler");
            return on(eventType, payloadType, (T payload, EventMetadata metadata) -> handler.accept(payload));
        }

        public EventHandlers build() {
            EventHandlers built = new EventHandlers(registrations);
            byType(List.of(built));
            return built;
        }
    }
}
