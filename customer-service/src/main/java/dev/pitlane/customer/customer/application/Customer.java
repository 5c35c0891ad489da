package dev.pitlane.customer.customer.application;

import dev.pitlane.customer.customer.domain.Address;
import dev.pitlane.customer.customer.domain.CustomerType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer as stored and as the API shows it. */
public record Customer(UUID id, CustomerType type, String name, String phone, String alternatePhone, String email,
                       String gstin, List<Address> addresses, boolean smsConsent, boolean emailConsent, String notes,
                       Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {
}
