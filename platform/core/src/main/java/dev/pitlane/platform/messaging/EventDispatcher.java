package dev.pitlane.platform.messaging;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routes each consumed record to the handler registered in {@link EventHandlers} for its event type (a map lookup,
 * not a string switch), once per event: the inbox row and the handler's effect share one transaction.
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Map<String, EventHandlers.Registration<?>> handlers;
    private final Set<String> topics;
    private final String consumer;
    private final Inbox inbox;
    private final TransactionTemplate transactions;
    private final JsonMapper mapper;

    public EventDispatcher(String consumer, List<EventHandlers> consumers, Inbox inbox,
                           TransactionTemplate transactions, JsonMapper mapper) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.transactions = transactions;
        this.mapper = mapper;
        this.handlers = EventHandlers.byType(consumers);
        this.topics = EventHandlers.topics(consumers);
    }

    /** The topics the handlers name. */
    public Set<String> topics() {
        return topics;
    }

    public void dispatch(ConsumerRecord<String, byte[]> record) {
        String announced = announcedType(record);
        if (announced != null && !handlers.containsKey(announced)) {
            // the outbox names the type in a header: another consumer's event is passed over without parsing it
            // (inventory's StockChanged events, for one, are most of what procurement reads and none of its work)
            return;
        }
        EventEnvelope envelope = parse(record);
        EventHandlers.Registration<?> handler = handlers.get(envelope.eventType());
        if (handler == null) {
            // another consumer's event on a shared topic, or a newer type this version does not know
            return;
        }
        if (envelope.eventId() == null || envelope.organizationId() == null) {
            throw new PoisonEventException("Envelope without eventId or organizationId at " + where(record));
        }
        EventMetadata metadata = new EventMetadata(envelope.eventId(), envelope.eventType(),
                envelope.eventVersion(), envelope.occurredAt(), envelope.organizationId(), envelope.aggregateType(),
                envelope.aggregateId(), envelope.correlationId(), record.topic(), record.partition(),
                record.offset());
        Caller system = Caller.system(envelope.organizationId(), consumer);
        MDC.put("organizationId", envelope.organizationId().toString());
        ConsumedEvent.set(envelope);
        try {
            TenantContext.runAs(system, () -> transactions.executeWithoutResult(status -> {
                if (inbox.firstDelivery(consumer, envelope.eventId(), envelope.eventType())) {
                    invoke(handler, envelope, metadata);
                } else {
                    log.debug("Skipping redelivered event {} {}", envelope.eventType(), envelope.eventId());
                }
            }));
        } finally {
            ConsumedEvent.clear();
            MDC.remove("organizationId");
        }
    }

    private <T> void invoke(EventHandlers.Registration<T> handler, EventEnvelope envelope, EventMetadata metadata) {
        T payload;
        try {
            payload = mapper.treeToValue(envelope.data(), handler.payloadType());
        } catch (JacksonException e) {
            throw new PoisonEventException("Payload of " + envelope.eventType() + " " + envelope.eventId()
                    + " does not fit " + handler.payloadType().getSimpleName(), e);
        }
        handler.handle(payload, metadata);
    }

    private static String announcedType(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(Outbox.EVENT_TYPE_HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private EventEnvelope parse(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new PoisonEventException("Empty record at " + where(record));
        }
        try {
            return mapper.readValue(record.value(), EventEnvelope.class);
        } catch (JacksonException e) {
            throw new PoisonEventException("Not an event envelope at " + where(record) + ": "
                    + new String(record.value(), 0, Math.min(record.value().length, 200), StandardCharsets.UTF_8),
                    e);
        }
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
