package dev.pitlane.billing.customer.messaging;

import dev.pitlane.billing.customer.application.CustomerDirectory;
import dev.pitlane.billing.customer.application.KnownCustomer;
import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code CustomerCreated} and {@code CustomerUpdated} on {@code customer.customer.v1} → the customer directory. */
@Configuration(proxyBeanMethods = false)
class CustomerEventHandlers {

    private final CustomerDirectory directory;

    CustomerEventHandlers(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Bean
    EventHandlers customerHandlers() {
        return EventHandlers.forTopic("customer.customer.v1")
                .on("CustomerCreated", CustomerEvents.class, this::remember)
                .on("CustomerUpdated", CustomerEvents.class, this::remember)
                .build();
    }

    private void remember(CustomerEvents event, EventMetadata metadata) {
        if (event.customerId() == null || event.name() == null || event.version() == null) {
            throw new PoisonEventException(metadata.eventType() + " " + metadata.eventId()
                    + " needs customerId, name and version");
        }
        directory.remember(new KnownCustomer(event.customerId(), event.name(), event.gstin(), event.version()));
    }
}
