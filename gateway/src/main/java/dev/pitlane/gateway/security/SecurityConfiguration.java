package dev.pitlane.gateway.security;

import dev.pitlane.gateway.problem.ProblemWriter;
import dev.pitlane.platform.http.HeaderText;
import io.netty.channel.ChannelOption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

import java.time.Clock;

/**
 * The token check at the edge: an OAuth2 resource server accepting only RS256 tokens signed by a key of the
 * issuer's JWK set and carrying its {@code iss}, and not expired. It only decides "valid token or public path";
 * the token is passed on unchanged and each service checks it again and decides what the caller may do.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(IssuerProperties issuer, EdgeSecurityProperties edge) {
        // a client of its own with hard timeouts: a hanging issuer must fail requests quickly, not pile them up
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) edge.jwksTimeout().toMillis())
                .responseTimeout(edge.jwksTimeout());
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
        JwksKeySource keys = new JwksKeySource(client, issuer.jwkSetUri(), edge.jwksTimeout(), edge.jwksMaxAge(),
                edge.jwksMinRefetch(), Clock.systemUTC());
        return new CachingJwtDecoder(EdgeJwtDecoder.create(keys::keysFor, issuer.issuerUri(), edge.clockSkew()),
                edge.tokenCacheSize(), edge.tokenCacheTtl(), Clock.systemUTC());
    }

    /**
     * Spring Security's request firewall, with its header rule checked by a loop instead of a regular expression
     * on every header read (same rule, see {@link HeaderText}).
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderText.ALLOWED);
        firewall.setAllowedHeaderValues(HeaderText.ALLOWED);
        return firewall;
    }

    /**
     * A request the firewall refuses (encoded or raw path traversal, {@code %00}, {@code ;}, a backslash, a method
     * such as TRACE, control characters in headers) gets a problem like every other answer, not a bare 400.
     */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler(ProblemWriter problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST, "request-rejected",
                "The request was refused: its method, path or headers are not accepted here.");
    }

    /**
     * No observation (span, timer) per security filter on every request: it costs more than it tells. The
     * request's own observation and the proxied call's are kept.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
                                                  EdgeSecurityProperties edge, ProblemWriter problems) {
        ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(problems);
        ServerWebExchangeMatcher publicPaths = PublicPaths.matcher(edge.publicPaths());
        return http
                // stateless bearer-token API: no session, no saved request, no login page, no CSRF token
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // both done by the gateway's own filters, which also cover responses Security never sees
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .matchers(PublicPaths.preflight()).permitAll()
                        .matchers(publicPaths).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(PublicPaths.bearerTokenOutside(publicPaths))
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }
}
