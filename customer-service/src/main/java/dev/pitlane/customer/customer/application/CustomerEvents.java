package dev.pitlane.customer.customer.application;

import dev.pitlane.customer.customer.domain.CustomerDetails;
import dev.pitlane.customer.customer.domain.CustomerType;
import dev.pitlane.platform.messaging.OutgoingEvent;

import java.time.Instant;
import java.util.UUID;

/** The events of topic {@code customer.customer.v1}; schemas in {@code contracts/events/customer-service/}. */
public final class CustomerEvents {

    public static final String TOPIC = "customer.customer.v1";
    private static final String AGGREGATE = "Customer";

    private CustomerEvents() {
    }

    public record CustomerSnapshot(UUID customerId, CustomerType type, String name, String phone, String email,
                                   String gstin, boolean smsConsent, boolean emailConsent, long version) {
        static CustomerSnapshot of(Customer c) {
            return new CustomerSnapshot(c.id(), c.type(), c.name(), c.phone(), c.email(), c.gstin(), c.smsConsent(),
                    c.emailConsent(), c.version());
        }

        static CustomerSnapshot of(UUID id, CustomerDetails d, long version) {
            return new CustomerSnapshot(id, d.type(), d.name(), d.phone(), d.email(), d.gstin(), d.smsConsent(),
                    d.emailConsent(), version);
        }
    }

    public record CustomerDeleted(UUID customerId, Instant deletedAt) {
    }

    public record CustomerRestored(UUID customerId) {
    }

    public static OutgoingEvent created(Customer c) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, c.id(), "CustomerCreated", CustomerSnapshot.of(c));
    }

    static OutgoingEvent created(UUID id, CustomerDetails d) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, id, "CustomerCreated", CustomerSnapshot.of(id, d, 0));
    }

    static OutgoingEvent updated(UUID id, CustomerDetails d, long version) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, id, "CustomerUpdated", CustomerSnapshot.of(id, d, version));
    }

    public static OutgoingEvent updated(Customer c) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, c.id(), "CustomerUpdated", CustomerSnapshot.of(c));
    }

    public static OutgoingEvent deleted(UUID id, Instant at) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, id, "CustomerDeleted", new CustomerDeleted(id, at));
    }

    public static OutgoingEvent restored(UUID id) {
        return OutgoingEvent.v1(TOPIC, AGGREGATE, id, "CustomerRestored", new CustomerRestored(id));
    }
}
