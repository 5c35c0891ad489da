package dev.pitlane.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A token issuer for tests: an RSA key whose JWKS is served over real HTTP, and tokens shaped like the ones
 * auth-service issues ({@code sub, org_id, roles, permissions, service_center_ids}). Also mints the bad tokens
 * every edge must refuse: expired, wrong issuer, wrong signature, {@code alg=none}.
 */
public final class TestTokens {

    private static volatile TestTokens instance;

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final HttpServer server;
    private final String issuer;

    private TestTokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("test-key-1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String jwks = new JWKSet(key.toPublicJWK()).toString();
            issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            server.createContext("/oauth2/jwks", exchange -> {
                byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestTokens issuer() {
        if (instance == null) {
            synchronized (TestTokens.class) {
                if (instance == null) {
                    instance = new TestTokens();
                }
            }
        }
        return instance;
    }

    public String issuerUri() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** A token for a user of {@code organizationId}; add roles, permissions and service centers on the builder. */
    public Builder user(UUID organizationId) {
        return new Builder(organizationId);
    }

    /** A user holding every permission named, of a fresh organization. */
    public String tokenWith(String... permissions) {
        return user(UUID.randomUUID()).permissions(permissions).mint();
    }

    public final class Builder {
        private final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        private final List<String> roles = new ArrayList<>();
        private final List<String> permissions = new ArrayList<>();
        private final List<String> serviceCenterIds = new ArrayList<>();
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));
        private String tokenIssuer = issuer;

        private Builder(UUID organizationId) {
            claims.subject(UUID.randomUUID().toString());
            if (organizationId != null) {
                claims.claim("org_id", organizationId.toString());
            }
        }

        public Builder subject(String subject) {
            claims.subject(subject);
            return this;
        }

        public Builder roles(String... values) {
            roles.addAll(List.of(values));
            return this;
        }

        public Builder permissions(String... values) {
            permissions.addAll(List.of(values));
            return this;
        }

        public Builder serviceCenters(UUID... ids) {
            for (UUID id : ids) {
                serviceCenterIds.add(id.toString());
            }
            return this;
        }

        public Builder claim(String name, Object value) {
            claims.claim(name, value);
            return this;
        }

        public Builder expiresAt(Instant instant) {
            expiresAt = instant;
            return this;
        }

        public Builder issuer(String value) {
            tokenIssuer = value;
            return this;
        }

        private JWTClaimsSet claimSet() {
            // an expired token must be refused for being expired, not for having been issued after it expired
            Instant issued = Instant.now().minusSeconds(5);
            if (!issued.isBefore(expiresAt)) {
                issued = expiresAt.minusSeconds(1);
            }
            return claims.issuer(tokenIssuer)
                    .issueTime(Date.from(issued))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("roles", roles)
                    .claim("permissions", permissions)
                    .claim("service_center_ids", serviceCenterIds)
                    .build();
        }

        public String mint() {
            return sign(key, claimSet());
        }

        /** Same claims, signed by a key the issuer never published. */
        public String mintWithForeignKey() {
            return sign(strangerKey, claimSet());
        }

        /** Same claims, unsigned ({@code alg=none}). */
        public String mintUnsigned() {
            return new PlainJWT(claimSet()).serialize();
        }
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header value for an HTTP Authorization header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The claims a token carries, for tests that check what an issuer put in. */
    public static Map<String, Object> claimsOf(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getClaims();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
