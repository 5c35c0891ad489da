package dev.pitlane.auth.config;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.pitlane.auth.keys.application.KeyRingService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;

/**
 * auth-service checks its own tokens against its key ring in memory instead of fetching its own JWKS over HTTP
 * (the platform's decoder would call this very service while it starts). Same rules otherwise: RS256 only, the
 * configured issuer, not expired.
 */
@Configuration(proxyBeanMethods = false)
class TokenDecoderConfiguration {

    @Bean
    JwtDecoder jwtDecoder(KeyRingService keys, Clock clock, @Value("${pitlane.security.issuer-uri}") String issuer) {
        JWKSource<SecurityContext> source = (selector, context) -> selector.select(keys.publicKeys());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source));
        // claims are checked by Spring's validators below
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(issuer)));
        return decoder;
    }
}
