package dev.pitlane.platform.web;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * An error only HTTP has (a bad query parameter, a missing header, an upload of the wrong type), answered as
 * problem+json with a stable {@code code}. Application and domain code throw
 * {@link dev.pitlane.platform.domain.DomainException} instead, which says nothing of HTTP.
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

    /** 409: the request clashes with the current state (a duplicate, an illegal status transition, no stock). */
    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
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
