package dev.pitlane.procurement.shared.domain;

/**
 * A business rule the domain refuses to break. {@link Kind} decides the HTTP status the API answers with and
 * {@code code} is the stable problem code clients match on.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        /** 409: the request clashes with the current state. */
        CONFLICT,
        /** 422: well-formed, but breaks a business rule. */
        UNPROCESSABLE,
        /** 403: this caller may not do this to this record. */
        FORBIDDEN
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

    public static DomainException unprocessable(String code, String message) {
        return new DomainException(Kind.UNPROCESSABLE, code, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message);
    }

    public static DomainException forbidden(String code, String message) {
        return new DomainException(Kind.FORBIDDEN, code, message);
    }
}
