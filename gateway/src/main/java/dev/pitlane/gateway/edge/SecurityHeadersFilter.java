package dev.pitlane.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Security headers on every response, whoever wrote it: a service, the gateway's error handler, the token
 * check or the rate limiter. Set just before the response is committed and with {@code set}, not {@code add},
 * so a service's own copies of these headers never produce duplicates.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    private final SecurityHeadersProperties properties;
    private final List<PathPattern> cspExempt;

    SecurityHeadersFilter(SecurityHeadersProperties properties) {
        this.properties = properties;
        this.cspExempt = properties.cspExemptPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            apply(exchange);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private void apply(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (cspExempt.stream().noneMatch(pattern -> pattern.matches(path))) {
            headers.set("Content-Security-Policy", properties.contentSecurityPolicy());
        } else {
            headers.remove("Content-Security-Policy");
        }
        // the scheme is https behind a TLS-terminating proxy too, once it is a trusted proxy (X-Forwarded-Proto)
        if ("https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme())) {
            headers.set("Strict-Transport-Security", properties.strictTransportSecurity());
        }
    }
}
