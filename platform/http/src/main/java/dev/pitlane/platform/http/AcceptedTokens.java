package dev.pitlane.platform.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens that passed the signature and claim checks, remembered by their exact text until they expire (at most
 * {@code ttl}). The RSA signature check and the JSON parsing are most of what a token costs per request, and a
 * client sends the same token for its whole lifetime: the same bytes carry the same signature, so checking them
 * once is enough. Only accepted tokens are kept, never past their {@code exp}. Bounded: when full, the expired
 * entries go, and if that is not enough the cache starts over.
 *
 * @param <T> the decoded token
 */
public final class AcceptedTokens<T> {

    private final int maxEntries;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry<T>> accepted = new ConcurrentHashMap<>();

    public AcceptedTokens(int maxEntries, Duration ttl, Clock clock) {
        this.maxEntries = maxEntries;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** The decoded token if it was accepted before and is still valid; else null. */
    public T get(String token) {
        Entry<T> entry = accepted.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.instant().isBefore(entry.validUntil())) {
            return entry.decoded();
        }
        accepted.remove(token, entry);
        return null;
    }

    /** Remembers a token that was just accepted; {@code expiresAt} is its {@code exp} claim, if it has one. */
    public void remember(String token, T decoded, Instant expiresAt) {
        if (maxEntries <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant until = now.plus(ttl);
        if (expiresAt != null && expiresAt.isBefore(until)) {
            until = expiresAt;
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
        accepted.put(token, new Entry<>(decoded, until));
    }

    public int size() {
        return accepted.size();
    }

    private record Entry<T>(T decoded, Instant validUntil) {
    }
}
