package dev.pitlane.customer.common.domain;

import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.domain.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects violations while a whole input is checked, so a client (or an import row) hears of all of them at once. */
public final class Violations {

    private final List<FieldError> found = new ArrayList<>();

    public void add(String field, String code, String message) {
        found.add(new FieldError(field, code, message));
    }

    /** Runs {@code parse} on {@code value}, recording its violations under {@code field} instead of throwing. */
    public <T> T check(String field, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            e.errors().forEach(v -> found.add(new FieldError(field, v.code(), v.message())));
            return null;
        }
    }

    /** Trimmed text, null when blank; a violation when required and missing or longer than {@code max}. */
    public String text(String field, String value, boolean required, int max) {
        String trimmed = value == null ? null : value.strip().replaceAll("\\s+", " ");
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                add(field, "NotBlank", "must not be blank");
            }
            return null;
        }
        if (trimmed.length() > max) {
            add(field, "Size", "must be at most " + max + " characters");
        }
        return trimmed;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw DomainException.invalid(found);
        }
    }
}
