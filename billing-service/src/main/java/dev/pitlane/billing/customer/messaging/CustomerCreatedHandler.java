package dev.pitlane.billing.customer.messaging;

import dev.pitlane.billing.customer.application.CustomerDirectory;
import dev.pitlane.billing.customer.application.KnownCustomer;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import org.springframework.stereotype.Component;

/** {@code CustomerCreated} and {@code CustomerUpdated} on {@code customer.customer.v1} → the customer directory. */
@Component
class CustomerCreatedHandler implements EventHandler<CustomerEvents> {

    private final CustomerDirectory directory;

    CustomerCreatedHandler(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String eventType() {
        return "CustomerCreated";
    }

    @Override
    public Class<CustomerEvents> payloadType() {
        return CustomerEvents.class;
    }

    @Override
    public void handle(CustomerEvents event, EventMetadata metadata) {
        remember(directory, event, metadata);
    }

    static void remember(CustomerDirectory directory, CustomerEvents event, EventMetadata metadata) {
        if (event.customerId() == null || event.name() == null || event.version() == null) {
            throw new PoisonEventException(metadata.eventType() + " " + metadata.eventId()
                    + " needs customerId, name and version");
        }
        directory.remember(new KnownCustomer(event.customerId(), event.name(), event.gstin(), event.version()));
    }
}
