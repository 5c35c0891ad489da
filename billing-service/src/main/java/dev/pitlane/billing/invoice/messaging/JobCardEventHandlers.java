package dev.pitlane.billing.invoice.messaging;

import dev.pitlane.billing.invoice.application.ClosedJobCard;
import dev.pitlane.billing.invoice.application.InvoiceService;
import dev.pitlane.billing.invoice.domain.DraftLine;
import dev.pitlane.billing.invoice.domain.LineKind;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.gst.GstRuleViolation;
import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code JobCardClosed} on {@code workshop.job-card.v1} → the job's draft invoice. Price, HSN/SAC and unit of a line
 * are optional in the contract (fields added for billing): a line without them is drafted at 0.00 under the
 * service's own SAC (labour) or the motor-vehicle parts heading (parts), for the accountant to complete before
 * issuing. A center without seller details fails the event, which is retried and then dead-lettered, to be replayed
 * once the center is set up.
 */
@Configuration(proxyBeanMethods = false)
class JobCardEventHandlers {

    static final String LABOUR_SAC = "998714";
    static final String PARTS_HSN = "8708";

    record JobCardClosed(UUID jobCardId, String number, UUID vehicleId, UUID customerId, UUID serviceCenterId,
                         List<Line> lines) {
    }

    record Line(String description, String kind, BigDecimal quantity, UUID itemId, String hsnSac, String unit,
                BigDecimal unitPrice, Boolean priceIncludesTax, BigDecimal discountPercent, BigDecimal discountAmount) {
    }

    private final InvoiceService invoices;

    JobCardEventHandlers(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @Bean
    EventHandlers jobCardHandlers() {
        return EventHandlers.forTopic("workshop.job-card.v1")
                .on("JobCardClosed", JobCardClosed.class, this::jobCardClosed)
                .build();
    }

    private void jobCardClosed(JobCardClosed event, EventMetadata metadata) {
        if (event.jobCardId() == null || event.customerId() == null || event.serviceCenterId() == null
                || event.lines() == null || event.lines().isEmpty()) {
            throw new PoisonEventException("JobCardClosed " + metadata.eventId()
                    + " needs a job card, a customer, a service center and at least one line");
        }
        try {
            List<DraftLine> lines = event.lines().stream().map(JobCardEventHandlers::draftLine).toList();
            invoices.draftFromJobCard(new ClosedJobCard(event.jobCardId(), event.number(), event.serviceCenterId(),
                    event.customerId(), event.vehicleId(), lines));
        } catch (GstRuleViolation | IllegalArgumentException bad) {
            // a line the GST rules cannot tax (an HSN without a rate) will not tax on a retry either: to the DLT,
            // to be replayed once the rate table has its row
            throw new PoisonEventException("JobCardClosed " + metadata.eventId() + " has a line billing cannot "
                    + "draft: " + bad.getMessage());
        } catch (DomainException refused) {
            if (!"billing-center.not-set-up".equals(refused.code())) {
                throw new PoisonEventException("JobCardClosed " + metadata.eventId() + ": " + refused.getMessage());
            }
            throw refused;
        }
    }

    private static DraftLine draftLine(Line line) {
        LineKind kind = LineKind.valueOf(line.kind());
        String hsnSac = line.hsnSac() != null ? line.hsnSac() : kind == LineKind.LABOUR ? LABOUR_SAC : PARTS_HSN;
        String unit = line.unit() != null ? line.unit() : kind == LineKind.LABOUR ? "HRS" : "NOS";
        BigDecimal price = line.unitPrice() != null ? line.unitPrice() : BigDecimal.ZERO.setScale(2);
        return new DraftLine(kind, line.itemId(), line.description(), hsnSac, line.quantity(), unit, price,
                Boolean.TRUE.equals(line.priceIncludesTax()), line.discountPercent(), line.discountAmount());
    }
}
