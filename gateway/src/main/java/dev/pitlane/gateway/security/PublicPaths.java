package dev.pitlane.gateway.security;

import dev.pitlane.platform.http.BearerToken;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Parses the public path list: {@code "/.well-known/**"} for any method, {@code "POST /api/v1/auth/login"} for
 * one. Written as one string per entry so the list in application.yml reads like the API reference.
 */
final class PublicPaths {

    private PublicPaths() {
    }

    /**
     * Matches without Reactor operators: the list is checked on every request (to authorize it and to decide
     * whether to read its token), and a plain loop over parsed patterns costs a fraction of an
     * {@code OrServerWebExchangeMatcher}'s Flux.
     */
    static ServerWebExchangeMatcher matcher(List<String> entries) {
        List<Entry> parsed = entries.stream().map(PublicPaths::parse).toList();
        return exchange -> {
            PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
            HttpMethod method = exchange.getRequest().getMethod();
            for (Entry entry : parsed) {
                if ((entry.method() == null || entry.method().equals(method)) && entry.pattern().matches(path)) {
                    return ServerWebExchangeMatcher.MatchResult.match();
                }
            }
            return ServerWebExchangeMatcher.MatchResult.notMatch();
        };
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
        return exchange -> {
            String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (header == null) {
                return Mono.empty();
            }
            return publicPaths.matches(exchange)
                    .flatMap(match -> match.isMatch() ? Mono.<Authentication>empty() : bearer(header));
        };
    }

    private static Mono<Authentication> bearer(String header) {
        try {
            return Mono.justOrEmpty(BearerToken.fromAuthorizationHeader(header).map(BearerTokenAuthenticationToken::new));
        } catch (BearerToken.MalformedException e) {
            return Mono.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken(e.getMessage())));
        }
    }

    static Entry parse(String entry) {
        String trimmed = entry.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return new Entry(null, PathPatternParser.defaultInstance.parse(trimmed));
        }
        HttpMethod method = HttpMethod.valueOf(trimmed.substring(0, space).toUpperCase());
        return new Entry(method, PathPatternParser.defaultInstance.parse(trimmed.substring(space + 1).trim()));
    }

    /** One public path: any method when {@code method} is null. */
    record Entry(HttpMethod method, PathPattern pattern) {
    }
}
