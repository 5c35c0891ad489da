package dev.pitlane.gateway.problem;

import dev.pitlane.gateway.edge.PayloadTooLargeException;
import dev.pitlane.gateway.routing.RouteMetadata;
import dev.pitlane.gateway.security.JwksUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.netty.http.client.PrematureCloseException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Decides what an exception means for the client. Walks the cause chain because Netty, Reactor and the circuit
 * breaker wrap the interesting exception (a refused connection, a timeout) in their own.
 */
final class FailureClassifier {

    Failure classify(ServerWebExchange exchange, Throwable error) {
        String service = RouteMetadata.serviceOf(exchange).orElse("The service");
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Failure failure = known(exchange, service, t);
            if (failure != null) {
                return failure;
            }
        }
        return new Failure(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCode.INTERNAL_ERROR.code(),
                "An unexpected error occurred at the gateway.", HttpHeaders.EMPTY, Failure.Severity.BUG);
    }

    private static Failure known(ServerWebExchange exchange, String service, Throwable t) {
        if (t instanceof PayloadTooLargeException tooLarge) {
            return Failure.of(ProblemCode.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
        }
        if (t instanceof JwksUnavailableException) {
            return Failure.of(ProblemCode.SERVICE_UNAVAILABLE,
                    "The token issuer cannot be reached to check the token; try again shortly.");
        }
        if (t instanceof CallNotPermittedException || t instanceof ServiceUnavailableException) {
            return Failure.of(ProblemCode.SERVICE_UNAVAILABLE,
                    service + " is failing; requests to it are paused for a few seconds.").routine();
        }
        if (t instanceof ConnectException || t instanceof ConnectTimeoutException || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException || t instanceof PrematureCloseException) {
            return Failure.of(ProblemCode.SERVICE_UNAVAILABLE, service + " is not reachable; try again shortly.");
        }
        if (t instanceof TimeoutException) {
            return Failure.of(ProblemCode.GATEWAY_TIMEOUT, service + " did not answer in time.");
        }
        if (t instanceof MethodNotAllowedException notAllowed) {
            HttpHeaders allow = new HttpHeaders();
            allow.setAllow(notAllowed.getSupportedMethods());
            return Failure.of(ProblemCode.METHOD_NOT_ALLOWED, exchange.getRequest().getMethod() + " is not allowed on "
                    + exchange.getRequest().getPath().value() + ".").withHeaders(allow);
        }
        if (t instanceof ResponseStatusException status) {
            return fromStatus(exchange, service, status.getStatusCode(), status.getReason());
        }
        if (t instanceof AuthenticationException) {
            return Failure.of(ProblemCode.UNAUTHORIZED, "A valid bearer token is required.");
        }
        if (t instanceof AccessDeniedException) {
            return Failure.of(ProblemCode.FORBIDDEN, "The token does not allow this request.");
        }
        return null;
    }

    private static Failure fromStatus(ServerWebExchange exchange, String service, HttpStatusCode status, String reason) {
        int code = status.value();
        if (code == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return Failure.of(ProblemCode.GATEWAY_TIMEOUT, service + " did not answer in time.");
        }
        if (code == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return Failure.of(ProblemCode.SERVICE_UNAVAILABLE, service + " is not available; try again shortly.");
        }
        if (code == HttpStatus.NOT_FOUND.value()) {
            return Failure.of(ProblemCode.NOT_FOUND, "Nothing is served at " + exchange.getRequest().getPath().value()
                    + ".");
        }
        if (code == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return Failure.of(ProblemCode.PAYLOAD_TOO_LARGE, "The request body is too large.");
        }
        if (status.is5xxServerError()) {
            return new Failure(status, ProblemCode.codeFor(status), "The gateway could not complete the request.",
                    HttpHeaders.EMPTY, Failure.Severity.BUG);
        }
        // 4xx raised by the framework (malformed request line, bad media type): its reason is meant for clients
        String detail = reason != null ? reason : ProblemCode.titleFor(status) + ".";
        return new Failure(status, ProblemCode.codeFor(status), detail, HttpHeaders.EMPTY, Failure.Severity.ROUTINE);
    }
}
