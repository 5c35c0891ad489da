package dev.pitlane.customer.feedback.application;

import dev.pitlane.customer.common.domain.Violations;
import dev.pitlane.customer.customer.application.CustomerService;
import dev.pitlane.customer.feedback.domain.Rating;
import dev.pitlane.customer.feedback.persistence.FeedbackRepository;
import dev.pitlane.customer.vehicle.application.VehicleService;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Feedback: submitted once per job card, listed, answered once by the dealer. */
@Service
public class FeedbackService {

    private final FeedbackRepository feedback;
    private final CustomerService customers;
    private final VehicleService vehicles;
    private final Clock clock = Clock.systemUTC();

    FeedbackService(FeedbackRepository feedback, CustomerService customers, VehicleService vehicles) {
        this.feedback = feedback;
        this.customers = customers;
        this.vehicles = vehicles;
    }

    @Transactional
    public Feedback submit(NewFeedback in) {
        Violations v = new Violations();
        if (!Rating.isValid(in.rating())) {
            v.add("rating", "Range", Rating.RULE);
        }
        if (in.customerId() == null) {
            v.add("customerId", "NotNull", "must not be null");
        }
        if (in.jobCardId() == null && in.visitDate() == null) {
            v.add("jobCardId", "JobCardOrVisit", "name the job card, or the visit date");
        }
        if (in.visitDate() != null && in.visitDate().isAfter(LocalDate.now(clock))) {
            v.add("visitDate", "PastOrPresent", "must not be in the future");
        }
        String comment = v.text("comment", in.comment(), false, 4000);
        v.throwIfAny();
        requireExisting(() -> customers.get(in.customerId()), "customerId", "is not a customer of this organization");
        if (in.vehicleId() != null) {
            var vehicle = requireExisting(() -> vehicles.get(in.vehicleId()), "vehicleId",
                    "is not a vehicle of this organization");
            if (!vehicle.customerId().equals(in.customerId())) {
                throw DomainException.invalidField("vehicleId", "NotOwned", "is not this customer's vehicle");
            }
        }
        return feedback.insert(TenantContext.organizationId(), UUID.randomUUID(), in, comment,
                TenantContext.caller().subject());
    }

    public Feedback get(UUID id) {
        return feedback.find(TenantContext.organizationId(),
                id).orElseThrow(() -> DomainException.notFound("Feedback", id));
    }

    public PageResponse<Feedback> list(FeedbackRepository.Filter filter, PageQuery page) {
        UUID org = TenantContext.organizationId();
        return PageResponse.of(feedback.list(org, filter, page), page, feedback.count(org, filter));
    }

    /** The dealer's one response; a second one is a conflict, not an overwrite. */
    @Transactional
    public Feedback respond(UUID id, String response) {
        Violations v = new Violations();
        String text = v.text("response", response, true, 4000);
        v.throwIfAny();
        UUID org = TenantContext.organizationId();
        return feedback.respond(org, id, text, TenantContext.caller().subject()).orElseThrow(() -> {
            get(id);
            return DomainException.conflict("already-responded", "Feedback " + id + " already has a response");
        });
    }

    private static <T> T requireExisting(java.util.function.Supplier<T> lookup, String field, String message) {
        try {
            return lookup.get();
        } catch (DomainException notFound) {
            throw DomainException.invalidField(field, "Unknown", message);
        }
    }
}
