package dev.pitlane.customer.history.messaging;

import dev.pitlane.customer.history.application.InvoicePaid;
import dev.pitlane.customer.history.application.JobCardClosed;
import dev.pitlane.customer.history.application.ServiceHistoryService;
import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A vehicle's service history, from workshop's closed job cards and billing's paid invoices. */
@Configuration(proxyBeanMethods = false)
class VisitEventHandlers {

    private final ServiceHistoryService history;

    VisitEventHandlers(ServiceHistoryService history) {
        this.history = history;
    }

    @Bean
    EventHandlers visitHandlers() {
        return EventHandlers.forTopic("workshop.job-card.v1")
                .on("JobCardClosed", JobCardClosed.class, this::jobCardClosed)
                .forTopic("billing.invoice.v1")
                .on("InvoicePaid", InvoicePaid.class, this::invoicePaid)
                .build();
    }

    /** A visit in the vehicle's history, and its last service. */
    private void jobCardClosed(JobCardClosed payload, EventMetadata metadata) {
        if (payload.jobCardId() == null || payload.vehicleId() == null || payload.closedAt() == null) {
            throw new PoisonEventException("JobCardClosed " + metadata.eventId()
                    + " lacks jobCardId, vehicleId or closedAt");
        }
        history.jobCardClosed(payload);
    }

    /** The invoice of a visit. Counter sales (no job card) are not visits. */
    private void invoicePaid(InvoicePaid payload, EventMetadata metadata) {
        if (payload.jobCardId() == null || payload.vehicleId() == null) {
            return;
        }
        if (payload.invoiceId() == null || payload.paidAt() == null) {
            throw new PoisonEventException("InvoicePaid " + metadata.eventId() + " lacks invoiceId or paidAt");
        }
        history.invoicePaid(payload);
    }
}
