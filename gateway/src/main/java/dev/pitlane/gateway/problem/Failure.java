package dev.pitlane.gateway.problem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * What an exception means for the client (status, stable code, a detail fit to show, extra headers) and for
 * the log: a bug of ours is an error with its stack trace, a service failing is a warning, a client's mistake
 * or a request refused by an open circuit (the circuit's own transition was already logged) is debug only.
 */
record Failure(HttpStatusCode status, String code, String detail, HttpHeaders headers, Severity severity) {

    enum Severity { BUG, OUTAGE, ROUTINE }

    static Failure of(ProblemCode code, String detail) {
        Severity severity = code.status().is5xxServerError() ? Severity.OUTAGE : Severity.ROUTINE;
        return new Failure(code.status(), code.code(), detail, HttpHeaders.EMPTY, severity);
    }

    Failure withHeaders(HttpHeaders extra) {
        return new Failure(status, code, detail, extra, severity);
    }

    Failure routine() {
        return new Failure(status, code, detail, headers, Severity.ROUTINE);
    }
}
