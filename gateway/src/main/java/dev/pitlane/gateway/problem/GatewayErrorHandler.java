package dev.pitlane.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The last word on every exception: replaces Spring Boot's whitelabel/JSON error handler (which backs off when
 * this bean exists), so the gateway never answers with a stack trace or Spring's default error body.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemWriter problems;
    private final FailureClassifier classifier = new FailureClassifier();

    GatewayErrorHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        Failure failure = classifier.classify(exchange, error);
        log(exchange, failure, error);
        exchange.getResponse().getHeaders().putAll(failure.headers());
        return problems.write(exchange, failure.status(), failure.code(), failure.detail());
    }

    private static void log(ServerWebExchange exchange, Failure failure, Throwable error) {
        if (failure.severity() == Failure.Severity.ROUTINE && !log.isDebugEnabled()) {
            return;
        }
        String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
        try (TraceIds.LogScope ignored = TraceIds.inLogs(exchange)) {
            switch (failure.severity()) {
                case BUG -> log.error("{} failed at the gateway", request, error);
                case OUTAGE -> log.warn("{} -> {} {}: {}", request, failure.status().value(), failure.code(), describe(error));
                case ROUTINE -> log.debug("{} -> {} {}: {}", request, failure.status().value(), failure.code(), describe(error));
            }
        }
    }

    /** The exception and its root cause in one line: the root is what an operator needs ("Connection refused"). */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? error.toString() : error + " (cause: " + root + ")";
    }
}
