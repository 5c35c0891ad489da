package dev.pitlane.platform.web;

import dev.pitlane.platform.domain.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every error a request can meet into RFC 9457 problem+json with a stable {@code code}. A client never sees
 * a stack trace or a framework's default error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return respond(e.status(), e.code(), e.status().getReasonPhrase(), e.getMessage(), request, e.errors());
    }

    /** The one place a domain's refusal becomes HTTP: the kind decides the status. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        List<FieldProblem> errors = e.errors().stream()
                .map(f -> new FieldProblem(f.field(), f.code(), f.message())).toList();
        ResponseEntity<ProblemDetail> response = respond(status, e.code(),
                e.title() == null ? status.getReasonPhrase() : e.title(), e.detail(), request, errors);
        e.properties().forEach(response.getBody()::setProperty);
        return response;
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidBody(BindException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : e.getFieldErrors()) {
            errors.add(new FieldProblem(fe.getField(), fe.getCode(), fe.getDefaultMessage()));
        }
        e.getGlobalErrors().forEach(ge -> errors.add(new FieldProblem(ge.getObjectName(), ge.getCode(),
                ge.getDefaultMessage())));
        return respond(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The request has invalid fields", request, errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldProblem(result.getMethodParameter().getParameterName(),
                        error.getCodes() == null || error.getCodes().length == 0 ? "invalid"
                                : lastSegment(error.getCodes()[error.getCodes().length - 1]),
                        error.getDefaultMessage()))));
        return respond(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The request has invalid parameters", request, errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastSegment(v.getPropertyPath().toString()),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                .collect(Collectors.toList());
        return respond(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The request has invalid fields", request, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return respond(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field",
                    "The field '" + field + "' is not part of this request", request,
                    List.of(new FieldProblem(field, "unknown", "is not a known field")));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            return respond(HttpStatus.BAD_REQUEST, "type-mismatch", "Type mismatch",
                    "The field '" + field + "' has a value of the wrong type or format", request,
                    List.of(new FieldProblem(field, "type", "expected " + simpleType(invalid.getTargetType()))));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            return respond(HttpStatus.BAD_REQUEST, "type-mismatch", "Type mismatch",
                    "The field '" + field + "' has a value of the wrong type", request,
                    List.of(new FieldProblem(field, "type", "expected " + simpleType(mismatched.getTargetType()))));
        }
        String detail = cause instanceof JacksonException ? "The request body is not valid JSON"
                : "The request body is missing or unreadable";
        return respond(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed request body", detail, request, List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "type-mismatch", "Type mismatch",
                "The parameter '" + e.getName() + "' has a value of the wrong type", request,
                List.of(new FieldProblem(e.getName(), "type", "expected " + simpleType(e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
                                                   HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The parameter '" + e.getParameterName() + "' is required", request,
                List.of(new FieldProblem(e.getParameterName(), "required", "is required")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "missing-header", "Missing header",
                "The header '" + e.getHeaderName() + "' is required", request,
                List.of(new FieldProblem(e.getHeaderName(), "required", "is required")));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noRoute(NoResourceFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, "not-found", "Not found", "No resource at " + request.getRequestURI(),
                request, List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = respond(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Method not allowed", e.getMethod() + " is not supported here", request, List.of());
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "Content type " + e.getContentType() + " is not supported; use " + e.getSupportedMediaTypes(),
                request, List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                "This resource is available as " + e.getSupportedMediaTypes(), request, List.of());
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, PayloadTooLargeException.class})
    ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                "The request body is larger than this endpoint accepts", request, List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, "malformed-multipart", "Malformed upload",
                "The multipart request could not be read", request, List.of());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
            DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> refusedByTheDatabase(DataAccessException e, HttpServletRequest request) {
        if (e instanceof PessimisticLockingFailureException) {
            // a lock that was not granted in time (lock_timeout) or a deadlock: which statement waited is worth a line
            log.warn("Lock not granted on {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getMostSpecificCause().getMessage());
        }
        DataProblem p = DataProblem.of(e).orElseThrow();
        return respond(p.status(), p.code(), p.title(), p.detail(), request, p.errors());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(Exception e, HttpServletRequest request) {
        return respond(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "You are not allowed to do this", request, List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; quote the traceId when you report it", request, List.of());
    }

    static ResponseEntity<ProblemDetail> respond(HttpStatusCode status, String code, String title, String detail,
                                                 HttpServletRequest request, List<FieldProblem> errors) {
        ProblemDetail body = Problems.of(status, code, title, detail, request.getRequestURI(), errors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static String path(MismatchedInputException e) {
        StringBuilder sb = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        });
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.toString(constants);
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "BigDecimal", "Double", "double" -> "a number";
            case "LocalDate" -> "a date (yyyy-MM-dd)";
            case "Instant", "OffsetDateTime" -> "a timestamp (ISO-8601)";
            case "Boolean", "boolean" -> "true or false";
            default -> type.getSimpleName();
        };
    }

    private static String lastSegment(String value) {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? value : value.substring(dot + 1);
    }
}
