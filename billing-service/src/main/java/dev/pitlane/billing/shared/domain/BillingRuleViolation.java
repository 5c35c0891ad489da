package dev.pitlane.billing.shared.domain;

/**
 * A request billing's rules refuse, said without HTTP: a {@link Kind} (the status follows from it) and a stable
 * {@code code} clients match on. Shaped like the platform's coming domain error type, which replaces it.
 */
public class BillingRuleViolation extends RuntimeException {

    public enum Kind {
        /** No such record, or another organization's (404). */
        NOT_FOUND,
        /** The request clashes with the current state: an illegal transition, more than is due (409). */
        CONFLICT,
        /** Well-formed, but a business rule refuses it (422). */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String code;

    public BillingRuleViolation(Kind kind, String code, String detail) {
        super(detail);
        this.kind = kind;
        this.code = code;
    }

    public static BillingRuleViolation notFound(String what, Object id) {
        return new BillingRuleViolation(Kind.NOT_FOUND, "not-found", what + " " + id + " was not found");
    }

    public static BillingRuleViolation conflict(String code, String detail) {
        return new BillingRuleViolation(Kind.CONFLICT, code, detail);
    }

    public static BillingRuleViolation unprocessable(String code, String detail) {
        return new BillingRuleViolation(Kind.UNPROCESSABLE, code, detail);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
