package dev.pitlane.customer.history.messaging;

import dev.pitlane.customer.history.application.InvoicePaid;
import dev.pitlane.customer.history.application.ServiceHistoryService;
import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import org.springframework.stereotype.Component;

/** {@code InvoicePaid} from billing-service: the invoice of a visit. Counter sales (no job card) are not visits. */
@Component
class InvoicePaidHandler implements EventHandler<InvoicePaid> {

    private final ServiceHistoryService history;

    InvoicePaidHandler(ServiceHistoryService history) {
        this.history = history;
    }

    @Override
    public String eventType() {
        return "InvoicePaid";
    }

    @Override
    public Class<InvoicePaid> payloadType() {
        return InvoicePaid.class;
    }

    @Override
    public void handle(InvoicePaid payload, EventMetadata metadata) {
        if (payload.jobCardId() == null || payload.vehicleId() == null) {
            return;
        }
        if (payload.invoiceId() == null || payload.paidAt() == null) {
            throw new PoisonEventException("InvoicePaid " + metadata.eventId() + " lacks invoiceId or paidAt");
        }
        history.invoicePaid(payload);
    }
}
