package dev.pitlane.platform.web;

/** One field's problem in a problem+json {@code errors[]}. */
public record FieldProblem(String field, String code, String message) {
}
