package dev.pitlane.gateway.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers tokens that passed the check, keyed by the exact token string, until they expire (at most
 * {@code ttl}). The RSA signature check is most of the gateway's CPU per request, and a client sends the same
 * token for its whole lifetime: checking it once is enough, since the same bytes carry the same signature.
 * Only accepted tokens are kept; an entry is never used past the token's {@code exp}. Bounded: when full, the
 * expired entries go, and if that is not enough the cache starts over.
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final int maxEntries;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> accepted = new ConcurrentHashMap<>();

    CachingJwtDecoder(ReactiveJwtDecoder delegate, int maxEntries, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Entry entry = accepted.get(token);
        Instant now = clock.instant();
        if (entry != null) {
            if (now.isBefore(entry.validUntil())) {
                return Mono.just(entry.jwt());
            }
            accepted.remove(token, entry);
        }
        return delegate.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    int size() {
        return accepted.size();
    }

    private void remember(String token, Jwt jwt) {
        if (maxEntries <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant until = now.plus(ttl);
        if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (!until.isAfter(now)) {
            return;
        }
        if (accepted.size() >= maxEntries) {
            accepted.values().removeIf(entry -> !now.isBefore(entry.validUntil()));
            if (accepted.size() >= maxEntries) {
                accepted.clear();
            }
        }
        accepted.put(token, new Entry(jwt, until));
    }

    private record Entry(Jwt jwt, Instant validUntil) {
    }
}
