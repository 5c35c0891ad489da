package dev.pitlane.auth.access.domain;

import java.util.Set;

/**
 * A role and the permissions it grants.
 *
 * @param assignable false for SUPER_ADMIN, which no user of an organization can be given
 */
public record RoleDefinition(String name, String description, boolean assignable, Set<String> permissions) {

    public RoleDefinition {
        permissions = Set.copyOf(permissions);
    }
}
