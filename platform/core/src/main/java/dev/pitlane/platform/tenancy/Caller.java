package dev.pitlane.platform.tenancy;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling and for which organization, as the token says. The organization never comes from a request
 * body or path.
 *
 * @param subject          the user id, or the client id of a partner system
 * @param serviceCenterIds for service-center staff, the centers they work at (empty: not restricted to any)
 */
public record Caller(UUID organizationId, String subject, Set<String> roles, Set<String> permissions,
                     Set<UUID> serviceCenterIds) {

    public Caller {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        serviceCenterIds = Set.copyOf(serviceCenterIds);
    }

    /** A system actor (an event consumer, a scheduled job) acting for one organization. */
    public static Caller system(UUID organizationId, String name) {
        return new Caller(organizationId, "system:" + name, Set.of(), Set.of(), Set.of());
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Staff bound to service centers may only see those; everyone else sees every center. */
    public boolean mayAccessServiceCenter(UUID serviceCenterId) {
        return serviceCenterIds.isEmpty() || serviceCenterIds.contains(serviceCenterId);
    }
}
