package dev.pitlane.gateway.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.reactive.CorsUtils;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Parses the public path list: {@code "/.well-known/**"} for any method, {@code "POST /api/v1/auth/login"} for
 * one. Written as one string per entry so the list in application.yml reads like the API reference.
 */
final class PublicPaths {

    private PublicPaths() {
    }

    static ServerWebExchangeMatcher matcher(List<String> entries) {
        List<ServerWebExchangeMatcher> matchers = entries.stream().map(PublicPaths::parse).toList();
        if (matchers.isEmpty()) {
            return exchange -> ServerWebExchangeMatcher.MatchResult.notMatch();
        }
        return new OrServerWebExchangeMatcher(matchers);
    }

    /**
     * A CORS preflight never carries a token. The CORS filter answers it before Security runs; this keeps
     * it passing should that order ever change.
     */
    static ServerWebExchangeMatcher preflight() {
        return exchange -> CorsUtils.isPreFlightRequest(exchange.getRequest())
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /**
     * Reads the bearer token everywhere except on public paths. A browser app often sends its (expired) access
     * token with every call, including the refresh call that is meant to replace it; checking it there would
     * answer 401 to exactly the request that fixes the problem. The header still goes to the service.
     */
    static ServerAuthenticationConverter bearerTokenOutside(ServerWebExchangeMatcher publicPaths) {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        return exchange -> publicPaths.matches(exchange)
                .flatMap(match -> match.isMatch() ? Mono.<Authentication>empty() : bearer.convert(exchange));
    }

    static ServerWebExchangeMatcher parse(String entry) {
        String trimmed = entry.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return ServerWebExchangeMatchers.pathMatchers(trimmed);
        }
        HttpMethod method = HttpMethod.valueOf(trimmed.substring(0, space).toUpperCase());
        return ServerWebExchangeMatchers.pathMatchers(method, trimmed.substring(space + 1).trim());
    }
}
