package dev.pitlane.platform.security;

import dev.pitlane.platform.http.AcceptedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Checks each token once: accepted tokens are remembered until they expire (see {@link AcceptedTokens}). */
final class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final AcceptedTokens<Jwt> accepted;

    CachingJwtDecoder(JwtDecoder delegate, AcceptedTokens<Jwt> accepted) {
        this.delegate = delegate;
        this.accepted = accepted;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = accepted.get(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        accepted.remember(token, jwt, jwt.getExpiresAt());
        return jwt;
    }
}
