package dev.pitlane.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pitlane.testsupport.TravellingClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token cache in front of the real decoder; key look-ups count the signature checks. */
class CachingJwtDecoderTest {

    private static final RSAKey KEY = TestKeys.RSA;
    private final AtomicInteger checks = new AtomicInteger();
    private final TravellingClock clock = new TravellingClock();
    private final CachingJwtDecoder decoder = new CachingJwtDecoder(EdgeJwtDecoder.create(jwt -> {
        checks.incrementAndGet();
        return Flux.just(KEY.toPublicJWK());
    }, "http://issuer", Duration.ofSeconds(60)), 2, Duration.ofMinutes(5), clock);

    @Test
    void checksEachTokenOnce() throws JOSEException {
        String token = token(Instant.now().plusSeconds(600));
        for (int i = 0; i < 5; i++) {
            assertThat(decoder.decode(token).block().getSubject()).isEqualTo("user-1");
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void checksAgainOnceTheTokenExpiresOrTheTtlEnds() throws JOSEException {
        String shortLived = token(clock.instant().plusSeconds(30));
        decoder.decode(shortLived).block();
        clock.advance(Duration.ofSeconds(31));
        decoder.decode(shortLived).block();
        assertThat(checks).hasValue(2);

        String longLived = token(Instant.now().plusSeconds(3600));
        decoder.decode(longLived).block();
        clock.advance(Duration.ofMinutes(6));
        decoder.decode(longLived).block();
        assertThat(checks).hasValue(4);
    }

    @Test
    void neverRemembersARefusedToken() throws JOSEException {
        String forged = token(Instant.now().plusSeconds(600)).replaceFirst("\\.[^.]+$", ".AAAA");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoder.size()).isZero();
    }

    @Test
    void staysWithinItsSize() throws JOSEException {
        for (int i = 0; i < 5; i++) {
            decoder.decode(token(Instant.now().plusSeconds(600 + i))).block();
        }
        assertThat(decoder.size()).isLessThanOrEqualTo(2);
    }

    private static String token(Instant expiresAt) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("user-1").issuer("http://issuer").issueTime(new Date())
                        .expirationTime(Date.from(expiresAt)).build());
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }
}
