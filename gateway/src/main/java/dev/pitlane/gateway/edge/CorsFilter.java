package dev.pitlane.gateway.edge;

import dev.pitlane.gateway.problem.ProblemCode;
import dev.pitlane.gateway.problem.ProblemWriter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.regex.Pattern;

/**
 * CORS for the whole gateway, ahead of the token check: a preflight carries no token and must be answered
 * here, never forwarded. Does what Spring's CorsWebFilter does, except that a refused origin gets a
 * problem+json 403 instead of an empty body.
 */
@Component
class CorsFilter implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (-100). */
    static final int ORDER = -200;

    /** RFC 6454 serialized origin: scheme, host (name or address) and an optional port, or "null". */
    private static final Pattern WELL_FORMED_ORIGIN = Pattern.compile(
            "null|[A-Za-z][A-Za-z0-9+.-]*://([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]+])(:[0-9]{1,5})?");

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final ProblemWriter problems;

    CorsFilter(CorsProperties properties, ProblemWriter problems) {
        this.problems = problems;
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOriginPatterns(properties.allowedOrigins());
        config.setAllowedMethods(properties.allowedMethods());
        config.setAllowedHeaders(properties.allowedHeaders());
        config.setExposedHeaders(properties.exposedHeaders());
        config.setAllowCredentials(properties.allowCredentials());
        config.setMaxAge(properties.maxAge());
        this.configuration = config;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String origin = exchange.getRequest().getHeaders().getOrigin();
        if (origin != null && !WELL_FORMED_ORIGIN.matcher(origin).matches()) {
            // Spring's CORS checks throw on an origin they cannot parse ("http://localhost:3000.evil.example");
            // no browser sends one, so it is refused like an origin that is not allowed
            return problems.write(exchange, ProblemCode.FORBIDDEN, "The Origin header is not a valid origin.");
        }
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return problems.write(exchange, ProblemCode.FORBIDDEN, "This origin, method or header is not allowed "
                    + "by the gateway's CORS policy.");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return Mono.empty();
        }
        return chain.filter(exchange);
    }
}
