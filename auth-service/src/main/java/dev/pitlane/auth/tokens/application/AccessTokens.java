package dev.pitlane.auth.tokens.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.pitlane.auth.config.AuthProperties;
import dev.pitlane.auth.keys.application.KeyRingService;
import dev.pitlane.auth.keys.domain.SigningKey;
import dev.pitlane.auth.tokens.domain.TokenSubject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Mints the suite's access tokens: RS256 JWTs with the claims every service reads through the platform. */
@Service
public class AccessTokens {

    private final KeyRingService keys;
    private final Clock clock;
    private final Duration ttl;
    private final String issuer;

    public AccessTokens(KeyRingService keys, Clock clock, AuthProperties properties,
                        @Value("${pitlane.security.issuer-uri}") String issuer) {
        this.keys = keys;
        this.clock = clock;
        this.ttl = properties.accessTokenTtl();
        this.issuer = issuer;
    }

    public record Issued(String value, Instant expiresAt) {

        public long expiresInSeconds(Instant now) {
            return Math.max(0, Duration.between(now, expiresAt).toSeconds());
        }
    }

    public Issued issue(TokenSubject who) {
        Instant now = clock.instant();
        Instant expires = now.plus(ttl);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(who.subject())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", who.roles().stream().sorted().toList())
                .claim("permissions", who.permissions().stream().sorted().toList())
                .claim("service_center_ids", who.serviceCenterIds().stream().map(UUID::toString).sorted().toList());
        if (who.organizationId() != null) {
            claims.claim("org_id", who.organizationId().toString());
        }
        if (who.email() != null) {
            claims.claim("email", who.email());
        }
        if (who.sessionId() != null) {
            claims.claim("sid", who.sessionId().toString());
        }
        if (who.clientId() != null) {
            claims.claim("client_id", who.clientId().toString());
        }
        return new Issued(sign(claims.build()), expires);
    }

    private String sign(JWTClaimsSet claims) {
        SigningKey key = keys.signingKey();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid()).type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token with key " + key.kid(), e);
        }
        return jwt.serialize();
    }
}
