package dev.pitlane.platform.web.overload;

import dev.pitlane.platform.security.ProblemResponseWriter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.time.Duration;

/**
 * The one answer to work the service cannot take on now: 503 problem+json {@code overloaded} with
 * {@code Retry-After}. It is a refusal, not an error: no stack trace, a debug line and a count in
 * {@code pitlane_overload_rejected_total{reason=limit|pool}}.
 */
final class OverloadedResponse {

    static final String CODE = "overloaded";
    /** Set on a request answered this way, so the limiter learns that its limit was too high. */
    static final String SHED = OverloadedResponse.class.getName() + ".shed";

    private static final Logger log = LoggerFactory.getLogger(OverloadedResponse.class);

    private final ProblemResponseWriter problems;
    private final String retryAfterSeconds;
    private final Counter atLimit;
    private final Counter poolTimeout;

    OverloadedResponse(ProblemResponseWriter problems, Duration retryAfter, MeterRegistry meters) {
        this.problems = problems;
        this.retryAfterSeconds = Long.toString(Math.max(1, retryAfter.toSeconds()));
        this.atLimit = rejected(meters, "limit");
        this.poolTimeout = rejected(meters, "pool");
    }

    private static Counter rejected(MeterRegistry meters, String reason) {
        return Counter.builder("pitlane.overload.rejected").tag("reason", reason)
                .description("Requests refused with 503 overloaded").register(meters);
    }

    void atLimit(HttpServletRequest request, HttpServletResponse response, int limit) throws IOException {
        atLimit.increment();
        log.debug("Refused {} {}: {} requests in flight already", request.getMethod(), request.getRequestURI(), limit);
        write(request, response, "The service is at its limit of " + limit + " requests at once; retry in "
                + retryAfterSeconds + " s.");
    }

    void poolTimeout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        poolTimeout.increment();
        log.debug("No database connection in time for {} {}", request.getMethod(), request.getRequestURI());
        write(request, response, "No database connection was free in time; retry in " + retryAfterSeconds + " s.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        request.setAttribute(SHED, Boolean.TRUE);
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, CODE, detail);
    }
}
