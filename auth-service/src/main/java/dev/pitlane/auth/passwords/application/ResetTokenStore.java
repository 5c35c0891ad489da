package dev.pitlane.auth.passwords.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface ResetTokenStore {

    record ResetToken(UUID id, UUID organizationId, UUID userId, PasswordResetNotifier.Purpose purpose,
                      Instant expiresAt, Instant usedAt) {
    }

    void insert(UUID id, UUID organizationId, UUID userId, String tokenHash, PasswordResetNotifier.Purpose purpose,
                Instant createdAt, Instant expiresAt);

    /** The organization a token belongs to, read before any organization is known. */
    Optional<UUID> organizationOf(String tokenHash);

    /** The token, locked for the rest of the transaction. */
    Optional<ResetToken> lock(UUID organizationId, String tokenHash);

    /** Marks every open token of the user used: one reset consumes them all. */
    void useAll(UUID organizationId, UUID userId, Instant at);
}
