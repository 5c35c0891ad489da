package dev.pitlane.billing.customer.messaging;

import java.util.UUID;

/** Our reading of customer-service's CustomerCreated and CustomerUpdated: only the fields billing uses. */
record CustomerEvents(UUID customerId, String name, String gstin, Long version) {
}
