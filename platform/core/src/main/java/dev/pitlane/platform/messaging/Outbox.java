package dev.pitlane.platform.messaging;

import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes events into the {@code outbox_events} table in the caller's transaction: the event exists exactly when
 * the state change that caused it was committed. The relay publishes it after the commit. An ordinary write on the
 * transaction's connection, under whichever transaction manager the service has (JDBC or JPA).
 */
public class Outbox {

    /** Record header with the event's type, so a consumer can pass over a type it does not handle unparsed. */
    static final String EVENT_TYPE_HEADER = "eventType";

    private static final String INSERT = """
            INSERT INTO outbox_events (event_id, topic, message_key, event_type, payload, headers, created_at)
            VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)""";

    /** Marks a transaction whose commit already wakes the relay: once is enough, however many events it wrote. */
    private final Object wakeUpRegistered = new Object();

    private final JdbcTemplate jdbc;
    private final JsonMapper mapper;
    private final OutboxRelay relay;
    private final Tracer tracer;
    private final Propagator propagator;
    private final Clock clock;

    public Outbox(JdbcTemplate jdbc, JsonMapper mapper, OutboxRelay relay, Tracer tracer, Propagator propagator,
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
        return append(event, currentOrganization());
    }

    public UUID append(OutgoingEvent event, UUID organizationId) {
        requireTransaction();
        Row row = row(event, organizationId);
        jdbc.update(INSERT, row.values());
        wakeRelayAfterCommit();
        return row.eventId();
    }

    /**
     * Appends many events for the current caller's organization in one JDBC batch (a bulk import writes thousands;
     * a round trip each would be most of its time). Must run inside a transaction.
     */
    public List<UUID> appendAll(List<OutgoingEvent> events) {
        requireTransaction();
        if (events.isEmpty()) {
            return List.of();
        }
        UUID organizationId = currentOrganization();
        List<Object[]> rows = new ArrayList<>(events.size());
        List<UUID> ids = new ArrayList<>(events.size());
        for (OutgoingEvent event : events) {
            Row row = row(event, organizationId);
            rows.add(row.values());
            ids.add(row.eventId());
        }
        jdbc.batchUpdate(INSERT, rows);
        wakeRelayAfterCommit();
        return ids;
    }

    private Row row(OutgoingEvent event, UUID organizationId) {
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
        headers.put(EVENT_TYPE_HEADER, event.eventType());
        return new Row(eventId, new Object[] {eventId, event.topic(), event.aggregateId(), event.eventType(),
                mapper.writeValueAsString(envelope), mapper.writeValueAsString(headers), Timestamp.from(now)});
    }

    private static UUID currentOrganization() {
        return TenantContext.current().map(Caller::organizationId).orElse(null);
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "Outbox.append needs the transaction of the state change it reports");
        }
    }

    private void wakeRelayAfterCommit() {
        if (relay == null || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(wakeUpRegistered)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(wakeUpRegistered, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(wakeUpRegistered);
            }
        });
    }

    private String currentTraceId() {
        if (tracer != null && tracer.currentSpan() != null) {
            return tracer.currentSpan().context().traceId();
        }
        return UUID.randomUUID().toString().replace("-", "");
    }

    private record Row(UUID eventId, Object[] values) {
    }
}
