package dev.pitlane.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokens TestTokens cannot mint: without exp, and HMAC-signed. */
class EdgeJwtDecoderTest {

    private static final String ISSUER = "http://issuer";

    private final RSAKey key = TestKeys.RSA;
    private final ReactiveJwtDecoder decoder = EdgeJwtDecoder.create(jwt -> Flux.just(key.toPublicJWK()), ISSUER,
            Duration.ofSeconds(60));

    @Test
    void acceptsAnRs256TokenOfTheIssuer() throws JOSEException {
        String token = rs256(claims().expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        assertThat(decoder.decode(token).block().getSubject()).isEqualTo("user-1");
    }

    @Test
    void refusesATokenWithoutExpiry() throws JOSEException {
        String token = rs256(claims().build());
        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(BadJwtException.class)
                .hasMessageContaining("exp");
    }

    @Test
    void refusesAnHmacSignedToken() throws JOSEException {
        // the classic trick: sign with HS256 using the public key as the shared secret
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
                claims().expirationTime(Date.from(Instant.now().plusSeconds(60))).build());
        jwt.sign(new MACSigner(key.toPublicJWK().toRSAPublicKey().getEncoded()));
        assertThatThrownBy(() -> decoder.decode(jwt.serialize()).block()).isInstanceOf(BadJwtException.class);
    }

    private String rs256(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("user-1").issuer(ISSUER).issueTime(new Date());
    }

}
