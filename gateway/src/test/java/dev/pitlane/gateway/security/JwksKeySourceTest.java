package dev.pitlane.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.pitlane.testsupport.TravellingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key cache against a real HTTP JWKS endpoint that counts its fetches. */
class JwksKeySourceTest {

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<Integer> failWith = new AtomicReference<>();
    private final AtomicBoolean emptyAnswer = new AtomicBoolean();
    private final TravellingClock clock = new TravellingClock();
    private static final RSAKey KEY = TestKeys.RSA;

    private HttpServer server;
    private JwksKeySource source;

    @BeforeEach
    void start() throws Exception {
        String jwks = new JWKSet(KEY.toPublicJWK()).toString();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            Integer status = failWith.get();
            boolean empty = status != null || emptyAnswer.get();
            exchange.sendResponseHeaders(status != null ? status : 200, empty ? -1 : body.length);
            if (!empty) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        source = new JwksKeySource(WebClient.create(), URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks"),
                Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(30), clock);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void fetchesOnceAndServesFromTheCache() {
        for (int i = 0; i < 5; i++) {
            assertThat(keysFor("k1")).extracting(JWK::getKeyID).containsExactly("k1");
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void refetchesForUnknownKeyIdsAtMostOncePerInterval() {
        keysFor("k1");
        assertThat(keysFor("made-up-now")).isEmpty();
        assertThat(fetches).hasValue(1);

        clock.advance(Duration.ofSeconds(31));
        for (int i = 0; i < 20; i++) {
            assertThat(keysFor("made-up-" + i)).isEmpty();
        }
        assertThat(fetches).hasValue(2);
        // a rotated key the issuer really published is found by that refetch
        assertThat(keysFor("k1")).hasSize(1);
    }

    @Test
    void keepsServingTheCachedKeysWhenTheIssuerFails() {
        keysFor("k1");
        failWith.set(503);
        clock.advance(Duration.ofMinutes(11));
        assertThat(keysFor("k1")).extracting(JWK::getKeyID).containsExactly("k1");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void reportsAnIssuerThatCannotBeReached() {
        failWith.set(500);
        assertThatThrownBy(() -> keysFor("k1")).isInstanceOf(JwksUnavailableException.class);
    }

    /** An empty 200 is a failed fetch, and the next caller fetches again instead of sharing that empty result. */
    @Test
    void anEmptyAnswerIsAFailureThatTheNextCallerRetries() {
        emptyAnswer.set(true);
        assertThatThrownBy(() -> keysFor("k1")).isInstanceOf(JwksUnavailableException.class);

        emptyAnswer.set(false);
        assertThat(keysFor("k1")).extracting(JWK::getKeyID).containsExactly("k1");
        assertThat(fetches).hasValue(2);
    }

    private List<JWK> keysFor(String keyId) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                new JWTClaimsSet.Builder().subject("s").build());
        return source.keysFor(jwt).collectList().block(Duration.ofSeconds(5));
    }
}
