package dev.pitlane.gateway.security;

import dev.pitlane.gateway.problem.ProblemCode;
import dev.pitlane.gateway.problem.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as problem+json. The gateway only asks for a valid token; permissions are the services' business. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, ProblemCode.FORBIDDEN, "The token does not allow this request.");
    }
}
