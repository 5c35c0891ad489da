package dev.pitlane.platform.messaging;

import java.util.Objects;

/**
 * An event a service wants published. The aggregate id becomes the Kafka key, so all events of one aggregate stay
 * in order on one partition.
 *
 * @param topic         {@code <service>.<aggregate>.v<major>}
 * @param data          the payload, a record of the producing service serialized as JSON
 */
public record OutgoingEvent(String topic, String aggregateType, String aggregateId, String eventType,
                            int eventVersion, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(data, "data");
    }

    public static OutgoingEvent v1(String topic, String aggregateType, Object aggregateId, String eventType,
                                   Object data) {
        return new OutgoingEvent(topic, aggregateType, String.valueOf(aggregateId), eventType, 1, data);
    }
}
