package dev.pitlane.auth.tokens.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a session (a family: every token descended from one sign-in). Each is good for one
 * refresh; presenting a used one means it was copied, so the whole family is revoked.
 *
 * @param expiresAt       when this token lapses if not used (idle timeout)
 * @param familyExpiresAt when the session ends however active it is
 */
public record RefreshToken(UUID id, UUID organizationId, UUID familyId, UUID userId, Instant issuedAt,
                           Instant expiresAt, Instant familyExpiresAt, Instant usedAt, Instant revokedAt) {

    public enum Verdict { VALID, REUSED, REVOKED, EXPIRED }

    /** The first token of a new session. */
    public static RefreshToken first(UUID organizationId, UUID userId, Instant now, Duration idle,
                                     Duration maxAge) {
        Instant familyEnd = now.plus(maxAge);
        return new RefreshToken(UUID.randomUUID(), organizationId, UUID.randomUUID(), userId, now,
                earlier(now.plus(idle), familyEnd), familyEnd, null, null);
    }

    /** The token that replaces this one, in the same family. */
    public RefreshToken successor(Instant now, Duration idle) {
        return new RefreshToken(UUID.randomUUID(), organizationId, familyId, userId, now,
                earlier(now.plus(idle), familyExpiresAt), familyExpiresAt, null, null);
    }

    public Verdict check(Instant now) {
        if (revokedAt != null) {
            return Verdict.REVOKED;
        }
        if (usedAt != null) {
            return Verdict.REUSED;
        }
        if (!expiresAt.isAfter(now)) {
            return Verdict.EXPIRED;
        }
        return Verdict.VALID;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
