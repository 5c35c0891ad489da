package dev.pitlane.auth.clients.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A partner system (OEM portal, supplier, accounting) that gets tokens with the client-credentials grant,
 * scoped to one organization and to the permissions chosen for it.
 *
 * @param secretHash SHA-256 of the secret, which was shown once, when it was made
 */
public record Client(UUID id, UUID organizationId, String name, String description, Set<String> permissions,
                     String secretHash, Instant secretRotatedAt, boolean enabled, String createdBy,
                     Instant createdAt, Instant updatedAt, Instant lastUsedAt, long version) {

    public Client {
        permissions = Set.copyOf(permissions);
    }

    public Client withDetails(String newName, String newDescription, Set<String> newPermissions, Instant now) {
        return new Client(id, organizationId, newName, newDescription, newPermissions, secretHash, secretRotatedAt,
                enabled, createdBy, createdAt, now, lastUsedAt, version);
    }

    public Client withSecret(String newSecretHash, Instant now) {
        return new Client(id, organizationId, name, description, permissions, newSecretHash, now, enabled,
                createdBy, createdAt, now, lastUsedAt, version);
    }

    public Client withEnabled(boolean value, Instant now) {
        return new Client(id, organizationId, name, description, permissions, secretHash, secretRotatedAt, value,
                createdBy, createdAt, now, lastUsedAt, version);
    }
}
