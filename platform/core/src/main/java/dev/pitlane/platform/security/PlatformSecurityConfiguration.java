package dev.pitlane.platform.security;

import dev.pitlane.platform.http.AcceptedTokens;
import dev.pitlane.platform.http.BearerToken;
import dev.pitlane.platform.http.HeaderText;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.client.RestTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every service is an OAuth2 resource server: it validates RS256 tokens against the issuer's JWKS itself, reads
 * roles as {@code ROLE_x} authorities and permissions as plain authorities ({@code hasAuthority('stock:adjust')}),
 * and answers 401/403 as problem+json. Sessions are never created.
 */
@AutoConfiguration(before = SecurityAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PitlaneSecurityProperties.class)
@EnableMethodSecurity
public class PlatformSecurityConfiguration {

    private static final String[] ALWAYS_PUBLIC = {"/actuator/health/**", "/actuator/health", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/error"};

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(PitlaneSecurityProperties properties) {
        // hard timeouts: without them an issuer that stops answering would hold every request thread that meets a
        // new signing key for as long as the socket stays open
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.getJwksTimeout());
        requests.setReadTimeout(properties.getJwksTimeout());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.getJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .restOperations(new RestTemplate(requests))
                .build();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.getIssuerUri()));
        decoder.setJwtValidator(validator);
        return new CachingJwtDecoder(decoder, new AcceptedTokens<>(properties.getTokenCacheSize(),
                properties.getTokenCacheTtl(), Clock.systemUTC()));
    }

    /** The {@code Authorization: Bearer} header only (never a query or form parameter), read without a regex. */
    @Bean
    @ConditionalOnMissingBean
    BearerTokenResolver bearerTokenResolver() {
        return request -> {
            try {
                return BearerToken.fromAuthorizationHeader(request.getHeader(HttpHeaders.AUTHORIZATION)).orElse(null);
            } catch (BearerToken.MalformedException e) {
                throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken(e.getMessage()));
            }
        };
    }

    /** Spring Security's firewall, its header rule checked by a loop instead of a regex (see {@link HeaderText}). */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderText.ALLOWED);
        firewall.setAllowedHeaderValues(HeaderText.ALLOWED);
        return firewall;
    }

    /**
     * No observation (span, timer) per security filter, authentication and authorization on every request: it
     * costs more than it tells. The request's own observation is kept.
     */
    @Bean
    @ConditionalOnMissingBean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CallerFromJwt callerFromJwt(PitlaneSecurityProperties properties) {
        return new CallerFromJwt(properties.getClaims());
    }

    @Bean
    ProblemResponseWriter problemResponseWriter(JsonMapper mapper) {
        return new ProblemResponseWriter(mapper);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain pitlaneSecurityFilterChain(HttpSecurity http, PitlaneSecurityProperties properties,
                                                   CallerFromJwt callers, ProblemResponseWriter problems)
            throws Exception {
        List<String> open = new ArrayList<>(List.of(ALWAYS_PUBLIC));
        open.addAll(properties.getPublicPaths());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter(properties)))
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                                    "A valid bearer token is required");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                                    "A valid bearer token is required");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "You are not allowed to do this")))
                .addFilterAfter(new CallerContextFilter(callers), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    static JwtAuthenticationConverter authenticationConverter(PitlaneSecurityProperties properties) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            CallerFromJwt.strings(CallerFromJwt.claim(jwt.getClaims(), properties.getClaims().getRoles()))
                    .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            CallerFromJwt.strings(CallerFromJwt.claim(jwt.getClaims(), properties.getClaims().getPermissions()))
                    .forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission)));
            return authorities;
        });
        return converter;
    }
}
