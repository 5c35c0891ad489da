package dev.pitlane.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.util.Locale;

/**
 * The stable codes the gateway answers with. Clients switch on {@code code}, never on {@code title} or
 * {@code detail}, so these strings are part of the API.
 */
public enum ProblemCode {

    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
    GATEWAY_TIMEOUT("gateway-timeout", HttpStatus.GATEWAY_TIMEOUT);

    private final String code;
    private final HttpStatus status;

    ProblemCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    /** The gateway's code for a status; statuses without one of our own get their reason phrase in kebab case. */
    public static String codeFor(HttpStatusCode status) {
        for (ProblemCode candidate : values()) {
            if (candidate.status.value() == status.value()) {
                return candidate.code;
            }
        }
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? INTERNAL_ERROR.code : "bad-request";
        }
        return known.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** The standard reason phrase, as Spring's own ProblemDetail uses for the title in the services. */
    public static String titleFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
