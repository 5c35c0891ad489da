package dev.pitlane.platform.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request the domain refuses, said without HTTP: a {@link Kind}, a stable {@code code} clients match on, a
 * detail for people and, where fields are at fault, one {@link FieldError} each. Application and domain code
 * throw only this; the platform turns it into problem+json once, the status following from the kind.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        /** The input breaks a rule on its own, whatever the state (400). */
        INVALID,
        /** The credentials offered (a password, a refresh token) are not accepted (401). */
        UNAUTHENTICATED,
        /** This caller may not do this to this record (403). */
        FORBIDDEN,
        /** No such record, or another organization's, whose existence is not revealed (404). */
        NOT_FOUND,
        /** The request clashes with the current state: a duplicate, an illegal transition, no stock (409). */
        CONFLICT,
        /** Well-formed and valid on its own, but a business rule refuses it (422). */
        UNPROCESSABLE
    }

    public static final String VALIDATION_FAILED = "validation-failed";

    private final Kind kind;
    private final String code;
    private final String title;
    private final String detail;
    private final transient List<FieldError> errors;
    private final transient Map<String, Object> properties;

    public DomainException(Kind kind, String code, String detail) {
        this(kind, code, null, detail, List.of(), Map.of());
    }

    public DomainException(Kind kind, String code, String detail, List<FieldError> errors) {
        this(kind, code, null, detail, errors, Map.of());
    }

    /**
     * @param title      a short summary of this kind of problem, or {@code null} for the kind's own
     * @param properties further members clients read (e.g. the quantity still available), in this order
     */
    protected DomainException(Kind kind, String code, String title, String detail, List<FieldError> errors,
                              Map<String, Object> properties) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "not-found", what + " " + id + " was not found");
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(Kind.CONFLICT, code, detail);
    }

    /** A value already taken, naming its field. */
    public static DomainException duplicate(String field, String detail) {
        return new DomainException(Kind.CONFLICT, "duplicate", detail,
                List.of(new FieldError(field, "duplicate", detail)));
    }

    public static DomainException unprocessable(String code, String detail) {
        return new DomainException(Kind.UNPROCESSABLE, code, detail);
    }

    /** Fields that break rules, all of them at once, answered like bean validation's. */
    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(Kind.INVALID, VALIDATION_FAILED, "Validation failed",
                "The request has invalid fields", errors, Map.of());
    }

    public static DomainException invalidField(String field, String fieldCode, String message) {
        return invalid(List.of(new FieldError(field, fieldCode, message)));
    }

    public static DomainException unauthenticated(String code, String detail) {
        return new DomainException(Kind.UNAUTHENTICATED, code, detail);
    }

    public static DomainException forbidden(String detail) {
        return forbidden("forbidden", detail);
    }

    public static DomainException forbidden(String code, String detail) {
        return new DomainException(Kind.FORBIDDEN, code, detail);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The problem's title, or {@code null} to use the one its kind implies. */
    public String title() {
        return title;
    }

    /** What the client reads; {@link #getMessage()} adds the fields of an invalid input, for logs and tests. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        if (kind != Kind.INVALID || errors.isEmpty()) {
            return detail;
        }
        return detail + ": " + errors.stream().map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; "));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
