package dev.pitlane.platform.sample;

import dev.pitlane.platform.messaging.EventDispatcher;
import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventJsonMapper;
import dev.pitlane.platform.messaging.Inbox;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.testsupport.Await;
import dev.pitlane.testsupport.OwnerDatabase;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platform under Spring Data JPA: tenancy, outbox and inbox with a {@code JpaTransactionManager}. */
class JpaPersistenceTest extends SampleTestBase {

    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    GadgetRepository gadgets;
    @Autowired
    EntityManager entityManager;
    @Autowired
    Outbox outbox;
    @Autowired
    Inbox inbox;
    @Autowired
    EventJsonMapper mapper;
    @Autowired
    OwnerDatabase owner;

    @Test
    void aServiceWithJpaGetsBootsJpaTransactionManager() {
        assertThat(transactionManager).isExactlyInstanceOf(JpaTransactionManager.class);
    }

    @Test
    void anEntityAndItsEventCommitTogether() {
        UUID org = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        inTransactionAs(org, () -> {
            gadgets.save(new Gadget(id, "committed"));
            return outbox.append(widgetCreated(id, "committed"));
        });
        assertThat(owner.count("SELECT count(*) FROM gadgets WHERE organization_id = '" + org + "'")).isEqualTo(1);
        // the event went out after the commit: the sample consumes its own topic
        Await.until(() -> owner.count("SELECT count(*) FROM widget_effects WHERE organization_id = '" + org
                + "' AND widget_id = '" + id + "'") == 1, "the event published and handled");
    }

    @Test
    void anEntityAndItsEventRollBackTogether() {
        UUID org = UUID.randomUUID();
        assertThatThrownBy(() -> inTransactionAs(org, () -> {
            UUID id = UUID.randomUUID();
            gadgets.saveAndFlush(new Gadget(id, "rolled-back"));
            outbox.append(widgetCreated(id, "rolled-back"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(owner.count("SELECT count(*) FROM gadgets WHERE organization_id = '" + org + "'")).isZero();
        assertThat(owner.count("SELECT count(*) FROM outbox_events WHERE payload->>'organizationId' = '" + org
                + "'")).isZero();
    }

    @Test
    void anEntityTakesTheCallersOrganizationAndOthersRowsStayInvisible() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        inTransactionAs(a, () -> gadgets.saveAll(List.of(new Gadget(UUID.randomUUID(), "a1"),
                new Gadget(UUID.randomUUID(), "a2"))));
        UUID theirs = inTransactionAs(b, () -> gadgets.save(new Gadget(UUID.randomUUID(), "b1")).getId());
        assertThat(owner.count("SELECT count(*) FROM gadgets WHERE organization_id = '" + a + "'")).isEqualTo(2);

        inTransactionAs(a, () -> {
            assertThat(gadgets.findAll()).extracting(Gadget::getName).containsExactlyInAnyOrder("a1", "a2");
            assertThat(gadgets.findById(theirs)).isEmpty();
            assertThat(gadgets.findByName("b1")).isEmpty();
            // native SQL bypasses Hibernate's tenant filter: row-level security still holds
            Number unfiltered = (Number) entityManager.createNativeQuery("SELECT count(*) FROM gadgets")
                    .getSingleResult();
            assertThat(unfiltered.longValue()).isEqualTo(2);
            return null;
        });
    }

    @Test
    void anEntityKeepsOptimisticLocking() {
        UUID org = UUID.randomUUID();
        UUID id = inTransactionAs(org, () -> gadgets.save(new Gadget(UUID.randomUUID(), "v")).getId());
        Gadget stale = inTransactionAs(org, () -> gadgets.findById(id).orElseThrow());
        inTransactionAs(org, () -> {
            gadgets.findById(id).orElseThrow().rename("first");
            return null;
        });
        stale.rename("second");
        assertThatThrownBy(() -> inTransactionAs(org, () -> gadgets.save(stale)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void anEventHandlerWritesThroughJpaTogetherWithItsInboxRow() {
        UUID org = UUID.randomUUID();
        EventDispatcher dispatcher = new EventDispatcher("jpa-sample", List.of(gadgetHandlers()), inbox,
                new TransactionTemplate(transactionManager), mapper.mapper());
        UUID event = UUID.randomUUID();
        UUID gadget = UUID.randomUUID();
        dispatcher.dispatch(record(event, org, gadget, "handled"));
        dispatcher.dispatch(record(event, org, gadget, "handled"));
        assertThat(owner.count("SELECT count(*) FROM gadgets WHERE organization_id = '" + org + "'")).isEqualTo(1);
        assertThat(owner.count("SELECT count(*) FROM inbox_events WHERE event_id = '" + event + "'")).isEqualTo(1);

        UUID failing = UUID.randomUUID();
        assertThatThrownBy(() -> dispatcher.dispatch(record(failing, org, UUID.randomUUID(), "fail")))
                .hasMessageContaining("handler failed");
        assertThat(owner.count("SELECT count(*) FROM gadgets WHERE organization_id = '" + org + "'")).isEqualTo(1);
        assertThat(owner.count("SELECT count(*) FROM inbox_events WHERE event_id = '" + failing + "'"))
                .as("a failed event is not marked handled, so its redelivery runs again").isZero();
    }

    record GadgetMade(String gadgetId, String name) {
    }

    /** Writes through JPA, then fails after flushing when the name says so. */
    private EventHandlers gadgetHandlers() {
        return EventHandlers.forTopic("sample.gadget.v1")
                .on("GadgetMade", GadgetMade.class, (GadgetMade payload) -> {
                    gadgets.saveAndFlush(new Gadget(UUID.fromString(payload.gadgetId()), payload.name()));
                    if (payload.name().equals("fail")) {
                        throw new IllegalStateException("handler failed");
                    }
                })
                .build();
    }

    private static ConsumerRecord<String, byte[]> record(UUID eventId, UUID org, UUID gadget, String name) {
        String envelope = """
                {"eventId":"%s","eventType":"GadgetMade","eventVersion":1,"occurredAt":"%s","organizationId":"%s",
                 "aggregateType":"Gadget","aggregateId":"%s","correlationId":"c1",
                 "data":{"gadgetId":"%s","name":"%s"}}""".formatted(eventId, Instant.now(), org, gadget, gadget, name);
        return new ConsumerRecord<>("sample.gadget.v1", 0, 0, gadget.toString(),
                envelope.getBytes(StandardCharsets.UTF_8));
    }

    private static OutgoingEvent widgetCreated(UUID id, String name) {
        return OutgoingEvent.v1(WidgetController.TOPIC, "Widget", id, "WidgetCreated",
                Map.of("widgetId", id.toString(), "name", name));
    }

    private <T> T inTransactionAs(UUID org, Supplier<T> work) {
        return TenantContext.callAs(Caller.system(org, "jpa-test"),
                () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
    }
}
