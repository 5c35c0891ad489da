package dev.pitlane.customer.customer.domain;

/** A postal address; {@code country} is an ISO 3166 alpha-2 code. */
public record Address(String label, String line1, String line2, String city, String state, String postalCode,
                      String country) {
}
