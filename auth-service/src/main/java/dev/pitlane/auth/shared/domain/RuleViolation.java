package dev.pitlane.auth.shared.domain;

/**
 * A request that breaks a business rule. {@link Kind#CONFLICT}: it clashes with the current state (answers
 * 409); {@link Kind#UNPROCESSABLE}: it can never be done as asked (answers 422).
 */
public class RuleViolation extends RuntimeException {

    public enum Kind { CONFLICT, UNPROCESSABLE }

    private final Kind kind;
    private final String code;

    public RuleViolation(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public static RuleViolation conflict(String code, String message) {
        return new RuleViolation(Kind.CONFLICT, code, message);
    }

    public static RuleViolation unprocessable(String code, String message) {
        return new RuleViolation(Kind.UNPROCESSABLE, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
