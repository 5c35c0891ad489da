package dev.pitlane.gateway.security;

import dev.pitlane.gateway.problem.ProblemCode;
import dev.pitlane.gateway.problem.ProblemWriter;
import dev.pitlane.gateway.problem.TraceIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 as problem+json, with the RFC 6750 {@code WWW-Authenticate} header. The detail tells an expired token
 * apart from a bad one, so the frontend knows to refresh rather than to log the user out; it never echoes the
 * validator's own message, which could describe the expected issuer or keys.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenPresented = failure instanceof InvalidBearerTokenException
                || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        String detail;
        String challenge;
        if (!tokenPresented) {
            detail = "This request needs a bearer token.";
            challenge = "Bearer";
        } else if (isExpiry(failure)) {
            detail = "The bearer token has expired.";
            challenge = "Bearer error=\"invalid_token\", error_description=\"The token has expired\"";
        } else {
            detail = "The bearer token is not valid.";
            challenge = "Bearer error=\"invalid_token\"";
        }
        if (log.isDebugEnabled()) {
            try (TraceIds.LogScope ignored = TraceIds.inLogs(exchange)) {
                log.debug("401 for {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                        failure.getMessage());
            }
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
        return problems.write(exchange, ProblemCode.UNAUTHORIZED, detail);
    }

    private static boolean isExpiry(AuthenticationException failure) {
        String message = failure.getMessage();
        return message != null && message.contains("expired");
    }
}
