package dev.pitlane.billing.customer.messaging;

import dev.pitlane.billing.customer.application.CustomerDirectory;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import org.springframework.stereotype.Component;

@Component
class CustomerUpdatedHandler implements EventHandler<CustomerEvents> {

    private final CustomerDirectory directory;

    CustomerUpdatedHandler(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public String eventType() {
        return "CustomerUpdated";
    }

    @Override
    public Class<CustomerEvents> payloadType() {
        return CustomerEvents.class;
    }

    @Override
    public void handle(CustomerEvents event, EventMetadata metadata) {
        CustomerCreatedHandler.remember(directory, event, metadata);
    }
}
