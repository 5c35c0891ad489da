package dev.pitlane.customer.customer.application;

import dev.pitlane.customer.customer.domain.CustomerType;

/**
 * What to look for; every criterion given must match. {@code name} is partial, case-, accent- and typo-tolerant;
 * {@code phone} is any format a person types; {@code vin} and {@code registrationNumber} find a vehicle's owner.
 *
 * @param deleted true lists only deleted customers (to restore one), false (default) only those in use
 */
public record CustomerSearch(String name, String phone, String email, String gstin, String vin,
                             String registrationNumber, CustomerType type, boolean deleted) {
}
