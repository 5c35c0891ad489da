package dev.pitlane.auth.keys.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The keys in force at one moment: the one that signs new tokens, and every key a token still alive may carry
 * in its {@code kid}, which is what the JWKS publishes. A key is retired, not deleted, at rotation so that the
 * tokens it signed keep working until they expire.
 */
public record KeyRing(SigningKey active, List<SigningKey> keys) {

    public KeyRing {
        if (active == null) {
            throw new IllegalArgumentException("A key ring needs an active key");
        }
        keys = List.copyOf(keys);
    }

    public List<SigningKey> publishedAt(Instant now) {
        return keys.stream().filter(k -> k.publishedAt(now)).toList();
    }

    /** A retired key must stay published for the life of the longest token it signed, plus clock skew. */
    public static Instant publishUntil(Instant retiredAt, Duration accessTokenTtl, Duration clockSkew) {
        return retiredAt.plus(accessTokenTtl).plus(clockSkew);
    }

    /** Due when there is no active key, or the active one has signed for the whole rotation period. */
    public static boolean rotationDue(Instant activeCreatedAt, Duration rotationPeriod, Instant now) {
        return activeCreatedAt == null || !activeCreatedAt.plus(rotationPeriod).isAfter(now);
    }
}
