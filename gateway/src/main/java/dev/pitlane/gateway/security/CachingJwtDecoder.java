package dev.pitlane.gateway.security;

import dev.pitlane.platform.http.AcceptedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/** Checks each token once: accepted tokens are remembered until they expire (see {@link AcceptedTokens}). */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final AcceptedTokens<Jwt> accepted;

    CachingJwtDecoder(ReactiveJwtDecoder delegate, int maxEntries, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.accepted = new AcceptedTokens<>(maxEntries, ttl, clock);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = accepted.get(token);
        if (known != null) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(jwt -> accepted.remember(token, jwt, jwt.getExpiresAt()));
    }

    int size() {
        return accepted.size();
    }
}
