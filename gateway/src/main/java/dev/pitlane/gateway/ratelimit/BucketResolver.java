package dev.pitlane.gateway.ratelimit;

import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.List;

/**
 * Which buckets a request draws from. With a token: its caller's and its organization's. Without: the remote
 * address's, or for sign-in endpoints the stricter login bucket of that address. The address is the client's
 * own only when the proxy in front is trusted ({@code spring.cloud.gateway.server.webflux.trusted-proxies}).
 */
final class BucketResolver {

    private final RateLimitProperties properties;
    private final List<PathPattern> loginPaths;

    BucketResolver(RateLimitProperties properties) {
        this.properties = properties;
        this.loginPaths = properties.loginPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    List<Bucket> resolve(ServerWebExchange exchange, Principal principal) {
        if (principal instanceof JwtAuthenticationToken authentication) {
            Jwt token = authentication.getToken();
            Bucket caller = new Bucket(Scope.CLIENT, caller(token, exchange), properties.client());
            String organization = token.getClaimAsString(properties.organizationClaim());
            if (organization == null || organization.isBlank()) {
                return List.of(caller);
            }
            return List.of(caller, new Bucket(Scope.ORGANIZATION, organization, properties.organization()));
        }
        String address = "ip:" + remoteAddress(exchange);
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (loginPaths.stream().anyMatch(pattern -> pattern.matches(path))) {
            return List.of(new Bucket(Scope.LOGIN, address, properties.login()));
        }
        return List.of(new Bucket(Scope.CLIENT, address, properties.client()));
    }

    /**
     * {@code sub} first: it is unique per user and per machine client alike (for client-credentials tokens it
     * is the client id), whereas a user's token may also name the frontend's client id, which all users share.
     */
    private String caller(Jwt token, ServerWebExchange exchange) {
        if (token.getSubject() != null && !token.getSubject().isBlank()) {
            return "sub:" + token.getSubject();
        }
        String clientId = token.getClaimAsString(properties.clientIdClaim());
        if (clientId != null && !clientId.isBlank()) {
            return "client:" + clientId;
        }
        return "ip:" + remoteAddress(exchange);
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
