package dev.pitlane.reporting.customer.messaging;

import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.reporting.customer.persistence.CustomerModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/**
 * customer-service's customer events feeding read model "customers": which customers exist, for the counts;
 * idempotent and newest-wins by offset, as a rebuild replays them beside the live consumer.
 */
@Configuration(proxyBeanMethods = false)
class CustomerEventHandlers {

    record CustomerRef(UUID customerId) {
    }

    private final CustomerModel model;

    CustomerEventHandlers(CustomerModel model) {
        this.model = model;
    }

    @Bean
    EventHandlers customerEvents() {
        return EventHandlers.forTopic("customer.customer.v1")
                .on("CustomerCreated", CustomerRef.class, this::onCreated)
                .on("CustomerDeleted", CustomerRef.class, this::onDeleted)
                .on("CustomerRestored", CustomerRef.class, this::onRestored)
                .build();
    }

    private void onCreated(CustomerRef c, EventMetadata m) {
        model.created(c.customerId(), m.occurredAt(), m.offset());
    }

    private void onDeleted(CustomerRef c, EventMetadata m) {
        model.deleted(c.customerId(), true, m.offset());
    }

    private void onRestored(CustomerRef c, EventMetadata m) {
        model.deleted(c.customerId(), false, m.offset());
    }
}
