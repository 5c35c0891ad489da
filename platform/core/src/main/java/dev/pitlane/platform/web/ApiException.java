package dev.pitlane.platform.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * An error the API answers on purpose, as a problem+json with a stable {@code code}. Application services throw
 * the named subclasses; the status and code are part of the API contract.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient List<FieldProblem> errors;

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ApiException(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** 404: also what another organization's record answers, so that its existence is not revealed. */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " was not found");
    }

    /** 409: the request clashes with the current state (a duplicate, an illegal status transition, no stock). */
    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
    }

    /** 409 naming the field whose value is already taken. */
    public static ApiException duplicate(String field, String detail) {
        return new ApiException(HttpStatus.CONFLICT, "duplicate", detail,
                List.of(new FieldProblem(field, "duplicate", detail)));
    }

    /** 422: well-formed, but breaks a business rule. */
    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
    }

    /** 400 on one field. */
    public static ApiException badField(String field, String fieldCode, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation-failed", "The request has invalid fields",
                List.of(new FieldProblem(field, fieldCode, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", detail);
    }
}
