package dev.pitlane.auth.tokens.application;

import dev.pitlane.auth.tokens.domain.RefreshToken;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface RefreshTokenStore {

    void insert(RefreshToken token, String tokenHash);

    /** The organization a token belongs to, read before any organization is known. */
    Optional<UUID> organizationOf(String tokenHash);

    /** The token, locked for the rest of the transaction so that two refreshes with it are serialized. */
    Optional<RefreshToken> lock(UUID organizationId, String tokenHash);

    void markUsed(UUID organizationId, UUID id, Instant at);

    int revokeFamily(UUID organizationId, UUID familyId, Instant at, String reason);

    /** Revokes every session of the user except {@code keepFamily} (null: all). */
    int revokeUser(UUID organizationId, UUID userId, UUID keepFamily, Instant at, String reason);

    /** Removes sessions that ended, in every organization. */
    int purgeEnded(Instant before);
}
