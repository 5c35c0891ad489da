package dev.pitlane.reporting.customer.application;

import dev.pitlane.reporting.customer.persistence.CustomerModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;

/** How many customers the caller's organization has, from read model "customers". */
@Service
@Transactional(readOnly = true)
public class CustomerCounts {

    /** Customers not deleted, and how many of them were created since a moment. */
    public record Counts(long total, long createdSince) {
    }

    private final CustomerModel model;

    CustomerCounts(CustomerModel model) {
        this.model = model;
    }

    public Counts counts(Instant createdSince) {
        return model.counts(createdSince);
    }
}
