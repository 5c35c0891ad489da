package dev.pitlane.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.function.Function;

/**
 * What the gateway accepts as a token: RS256 only (so {@code alg=none} and HMAC tricks fail), signed by one of
 * the issuer's keys, with the issuer's {@code iss}, and with an {@code exp} in the future. Spring accepts a
 * token without {@code exp} by default; at the edge a token that never expires is refused.
 */
final class EdgeJwtDecoder {

    private EdgeJwtDecoder() {
    }

    static ReactiveJwtDecoder create(Function<SignedJWT, Flux<JWK>> keys, String issuer, Duration clockSkew) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(timestamps, new JwtIssuerValidator(issuer)));
        return decoder;
    }
}
