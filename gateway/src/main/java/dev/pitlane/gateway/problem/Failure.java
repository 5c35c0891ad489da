package dev.pitlane.gateway.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * What an exception means for the client: status, stable code, a detail fit to show, extra headers, and
 * whether it is a bug of ours (logged with its stack trace) rather than an expected condition.
 */
record Failure(HttpStatusCode status, String code, String detail, HttpHeaders headers, boolean unexpected) {

    static Failure of(ProblemCode code, String detail) {
        return new Failure(code.status(), code.code(), detail, HttpHeaders.EMPTY, false);
    }

    Failure withHeaders(HttpHeaders extra) {
        return new Failure(status, code, detail, extra, unexpected);
    }
}
