package dev.pitlane.customer.common.domain;

/** One input field broken by one rule, in API terms: the field's JSON name, a stable code and a message. */
public record FieldViolation(String field, String code, String message) {
}
