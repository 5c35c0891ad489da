package dev.pitlane.billing.customer.application;

import java.util.UUID;

/** A customer as billing knows it from customer-service: the name and GSTIN an invoice's recipient starts from. */
public record KnownCustomer(UUID id, String name, String gstin, long version) {
}
