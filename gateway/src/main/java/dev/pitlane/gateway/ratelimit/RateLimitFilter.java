package dev.pitlane.gateway.ratelimit;

import dev.pitlane.gateway.problem.ProblemCode;
import dev.pitlane.gateway.problem.ProblemWriter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * Rate limits every routed request, after the token check (so buckets follow verified claims) and before the
 * request reaches the service. Tells the client where it stands on every answer
 * ({@code X-RateLimit-Limit/Remaining}) and when to come back on a 429 ({@code Retry-After}).
 */
final class RateLimitFilter implements GlobalFilter, Ordered {

    static final int ORDER = 10;

    private final RateLimiter limiter;
    private final BucketResolver buckets;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimiter limiter, BucketResolver buckets, ProblemWriter problems) {
        this.limiter = limiter;
        this.buckets = buckets;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(principal -> limiter.consume(buckets.resolve(exchange, principal.orElse(null))))
                .flatMap(decision -> apply(decision, exchange, chain));
    }

    private Mono<Void> apply(RateLimitDecision decision, ServerWebExchange exchange, GatewayFilterChain chain) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (decision.counted()) {
            headers.set("X-RateLimit-Limit", Long.toString(decision.limit()));
            headers.set("X-RateLimit-Remaining", Long.toString(decision.remaining()));
        }
        if (decision.allowed()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problems.write(exchange, ProblemCode.RATE_LIMITED,
                decision.denied().refusal() + "; retry in " + seconds + " s.");
    }
}
