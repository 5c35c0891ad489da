package dev.pitlane.platform.domain;

/** One input field broken by one rule, in API terms: the field's JSON name, a stable code and a message. */
public record FieldError(String field, String code, String message) {
}
