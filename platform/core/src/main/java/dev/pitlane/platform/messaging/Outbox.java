package dev.pitlane.platform.messaging;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes events into the {@code outbox_events} table in the caller's transaction: the event exists exactly when
 * the state change that caused it was committed. The relay publishes it after the commit.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper mapper;
    private final OutboxRelay relay;
    private final Tracer tracer;
    private final Propagator propagator;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, JsonMapper mapper, OutboxRelay relay, Tracer tracer, Propagator propagator,
                  Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.relay = relay;
        this.tracer = tracer;
        this.propagator = propagator;
        this.clock = clock;
    }

    /** Appends an event for the current caller's organization. Must run inside a transaction. */
    public UUID append(OutgoingEvent event) {
        UUID org = TenantContext.current().map(Caller::organizationId).orElse(null);
        return append(event, org);
    }

    public UUID append(OutgoingEvent event, UUID organizationId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "Outbox.append needs the transaction of the state change it reports");
        }
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        String correlationId = ConsumedEvent.current().map(EventEnvelope::correlationId)
                .orElseGet(this::currentTraceId);
        EventEnvelope envelope = new EventEnvelope(eventId, event.eventType(), event.eventVersion(), now,
                organizationId, event.aggregateType(), event.aggregateId(), correlationId,
                mapper.valueToTree(event.data()));
        Map<String, String> headers = new LinkedHashMap<>();
        if (tracer != null && propagator != null && tracer.currentTraceContext().context() != null) {
            propagator.inject(tracer.currentTraceContext().context(), headers, Map::put);
        }
        headers.put("eventType", event.eventType());
        jdbc.sql("""
                        INSERT INTO outbox_events (event_id, topic, message_key, event_type, payload, headers, created_at)
                        VALUES (:id, :topic, :key, :type, CAST(:payload AS jsonb), CAST(:headers AS jsonb), :created)""")
                .param("id", eventId)
                .param("topic", event.topic())
                .param("key", event.aggregateId())
                .param("type", event.eventType())
                .param("payload", mapper.writeValueAsString(envelope))
                .param("headers", mapper.writeValueAsString(headers))
                .param("created", java.sql.Timestamp.from(now))
                .update();
        wakeRelayAfterCommit();
        return eventId;
    }

    private void wakeRelayAfterCommit() {
        if (relay == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }

    private String currentTraceId() {
        if (tracer != null && tracer.currentSpan() != null) {
            return tracer.currentSpan().context().traceId();
        }
        return UUID.randomUUID().toString().replace("-", "");
    }
}
