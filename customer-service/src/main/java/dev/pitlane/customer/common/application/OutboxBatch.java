package dev.pitlane.customer.common.application;

import dev.pitlane.platform.messaging.EventJsonMapper;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.messaging.OutboxRelay;
import dev.pitlane.platform.messaging.OutgoingEvent;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends many events to the outbox in one JDBC batch (the bulk import writes two per row; one round trip each
 * was most of an import's time). The platform's {@link Outbox} still builds every row — envelope, correlation id,
 * trace headers, relay wake-up — only its INSERTs are collected and sent together, in the caller's transaction.
 * A stopgap until the platform offers {@code Outbox.appendAll}.
 */
@Component
public class OutboxBatch {

    private final NamedParameterJdbcTemplate jdbc;
    private final EventJsonMapper json;
    private final OutboxRelay relay;
    private final ObjectProvider<Tracer> tracer;
    private final ObjectProvider<Propagator> propagator;

    OutboxBatch(NamedParameterJdbcTemplate jdbc, EventJsonMapper json, OutboxRelay relay, ObjectProvider<Tracer> tracer,
                ObjectProvider<Propagator> propagator) {
        this.jdbc = jdbc;
        this.json = json;
        this.relay = relay;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Must run inside the transaction of the changes the events report, like {@link Outbox#append}. */
    public void appendAll(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<SqlParameterSource> rows = new ArrayList<>();
        String[] sql = new String[1];
        NamedParameterJdbcOperations collecting = (NamedParameterJdbcOperations) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {NamedParameterJdbcOperations.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("update") && args.length == 2
                            && args[1] instanceof SqlParameterSource params) {
                        sql[0] = (String) args[0];
                        rows.add(params);
                        return 1;
                    }
                    try {
                        return method.invoke(jdbc, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Outbox outbox = new Outbox(JdbcClient.create(collecting), json.mapper(), relay, tracer.getIfAvailable(),
                propagator.getIfAvailable(), Clock.systemUTC());
        events.forEach(outbox::append);
        if (rows.size() != events.size()) {
            throw new IllegalStateException("The outbox wrote " + rows.size() + " rows for " + events.size() + " events");
        }
        jdbc.batchUpdate(sql[0], rows.toArray(SqlParameterSource[]::new));
    }
}
