package dev.pitlane.reporting.readmodel.application;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventJsonMapper;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.reporting.readmodel.domain.ReadModel;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throws a read model away and builds it again from its topics: the rows are reset, then every event up to the
 * topics' current end is replayed through the handlers the live consumer runs for those topics (the service's
 * {@link EventHandlers} beans), while the live consumer goes on. Each handler that feeds a read model must be
 * idempotent on its own and never let an older event overwrite a newer one, so whichever of the two brings an event
 * first applies it, and the result equals what the live consumer alone would have built. See
 * docs/decisions/0011-read-model-rebuild-by-replay.md.
 */
@Service
public class ReadModelRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuilds.class);

    private final Map<ReadModel, ReadModelStore> stores = new EnumMap<>(ReadModel.class);
    private final Map<ReadModel, Map<String, EventHandlers.Registration<?>>> feeds = new EnumMap<>(ReadModel.class);
    private final EventLog eventLog;
    private final RebuildRuns runs;
    private final TransactionTemplate transactions;
    private final EventJsonMapper mapper;
    private final String consumer;
    private final ExecutorService background = Executors.newFixedThreadPool(2, work -> {
        Thread thread = new Thread(work, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    ReadModelRebuilds(List<ReadModelStore> stores, List<EventHandlers> consumers, EventLog eventLog,
                      RebuildRuns runs, PlatformTransactionManager txManager, EventJsonMapper mapper,
                      Environment env) {
        stores.forEach(store -> this.stores.put(store.readModel(), store));
        for (EventHandlers consumer : consumers) {
            for (EventHandlers.Registration<?> registration : consumer.registrations()) {
                for (ReadModel model : ReadModel.values()) {
                    if (model.topics().contains(registration.topic())) {
                        feeds.computeIfAbsent(model, m -> new HashMap<>())
                                .put(registration.eventType(), registration);
                    }
                }
            }
        }
        for (ReadModel model : ReadModel.values()) {
            if (!this.stores.containsKey(model) || !feeds.containsKey(model)) {
                throw new IllegalStateException("Read model " + model.id() + " needs a store and its feeds");
            }
        }
        this.eventLog = eventLog;
        this.runs = runs;
        this.transactions = new TransactionTemplate(txManager);
        this.mapper = mapper;
        this.consumer = env.getProperty("spring.application.name", "reporting-service");
    }

    /** The admin action: the caller's organization's rows, in the background; the run tells how it went. */
    public RebuildRun start(ReadModel model) {
        Caller caller = TenantContext.caller();
        RebuildRun run = transactions.execute(s -> runs.start(model, caller.subject()));
        Caller system = Caller.system(caller.organizationId(), consumer + "-rebuild");
        background.execute(() -> TenantContext.runAs(system, () -> rebuildInBackground(run, model)));
        return run;
    }

    public RebuildRun run(UUID id) {
        return runs.find(id).orElseThrow(() -> DomainException.notFound("rebuild", id));
    }

    /** The command: every organization's rows, now, in this thread. */
    public long rebuildEverywhere(ReadModel model) {
        for (UUID org : runs.organizations()) {
            TenantContext.runAs(Caller.system(org, consumer + "-rebuild"),
                    () -> transactions.executeWithoutResult(s -> stores.get(model).reset()));
        }
        return replay(model, null);
    }

    private void rebuildInBackground(RebuildRun run, ReadModel model) {
        UUID org = TenantContext.organizationId();
        try {
            transactions.executeWithoutResult(s -> stores.get(model).reset());
            long applied = replay(model, org);
            transactions.executeWithoutResult(s -> runs.finish(run.id(), applied));
            log.info("Rebuilt read model {} of {}: {} events", model.id(), org, applied);
        } catch (RuntimeException e) {
            log.error("Rebuild of read model {} of {} failed", model.id(), org, e);
            transactions.executeWithoutResult(s -> runs.fail(run.id(), 0, String.valueOf(e.getMessage())));
        }
    }

    /** Replays the model's topics; {@code onlyOrganization} null: every organization's events. */
    private long replay(ReadModel model, UUID onlyOrganization) {
        Map<String, EventHandlers.Registration<?>> handlers = feeds.get(model);
        AtomicLong applied = new AtomicLong();
        eventLog.replay(consumer + ".rebuild." + model.id(), model.topics(), event -> {
            UUID org = event.metadata().organizationId();
            EventHandlers.Registration<?> handler = handlers.get(event.envelope().eventType());
            if (handler == null || (onlyOrganization != null && !onlyOrganization.equals(org))) {
                return;
            }
            TenantContext.runAs(Caller.system(org, consumer + "-rebuild"),
                    () -> transactions.executeWithoutResult(s -> apply(handler, event)));
            applied.incrementAndGet();
        });
        return applied.get();
    }

    private <T> void apply(EventHandlers.Registration<T> handler, EventLog.LoggedEvent event) {
        T payload;
        try {
            payload = mapper.mapper().treeToValue(event.envelope().data(), handler.payloadType());
        } catch (JacksonException e) {
            // the live consumer dead-lettered it; the rebuilt model must not differ by it either
            log.warn("Replay skips {} {}: its payload does not fit", event.envelope().eventType(),
                    event.envelope().eventId());
            return;
        }
        handler.handler().handle(payload, event.metadata());
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
