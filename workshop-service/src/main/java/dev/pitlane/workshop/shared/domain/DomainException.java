package dev.pitlane.workshop.shared.domain;

/**
 * A business rule the workshop refuses to break: {@link Kind} decides the HTTP status, {@code code} is the stable
 * problem code clients match on.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        /** 404: no such record in the caller's organization. */
        NOT_FOUND,
        /** 409: the request clashes with the current state. */
        CONFLICT,
        /** 422: well-formed, but breaks a business rule. */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String code;

    public DomainException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "not-found", what + " " + id + " not found");
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException unprocessable(String code, String message) {
        return new DomainException(Kind.UNPROCESSABLE, code, message);
    }
}
