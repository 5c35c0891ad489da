package dev.pitlane.auth.users.domain;

import dev.pitlane.platform.domain.DomainException;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person who signs in to one organization.
 *
 * @param serviceCenterIds the service centers a center's staff works at; empty: not bound to any
 * @param passwordHash     null until the user has chosen a password (an invited user)
 */
public record User(UUID id, UUID organizationId, String email, String firstName, String lastName, String phone,
                   String jobTitle, UserStatus status, Set<String> roles, Set<UUID> serviceCenterIds,
                   String passwordHash, Instant passwordChangedAt, Instant lastLoginAt, Instant createdAt,
                   Instant updatedAt, long version) {

    public User {
        roles = Set.copyOf(roles);
        serviceCenterIds = Set.copyOf(serviceCenterIds);
    }

    public boolean active() {
        return status == UserStatus.ACTIVE;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public User withProfile(String email, String firstName, String lastName, String phone, String jobTitle,
                            Instant now) {
        return new User(id, organizationId, email, firstName, lastName, phone, jobTitle, status, roles,
                serviceCenterIds, passwordHash, passwordChangedAt, lastLoginAt, createdAt, now, version);
    }

    public User withRoles(Set<String> newRoles, Set<UUID> newServiceCenters, Instant now) {
        if (newRoles.isEmpty()) {
            throw DomainException.unprocessable("roles-required", "A user needs at least one role");
        }
        return new User(id, organizationId, email, firstName, lastName, phone, jobTitle, status, newRoles,
                newServiceCenters, passwordHash, passwordChangedAt, lastLoginAt, createdAt, now, version);
    }

    public User deactivated(Instant now) {
        if (status == UserStatus.INACTIVE) {
            throw DomainException.conflict("user-already-inactive", "The user is already deactivated");
        }
        return withStatus(UserStatus.INACTIVE, now);
    }

    public User activated(Instant now) {
        if (status == UserStatus.ACTIVE) {
            throw DomainException.conflict("user-already-active", "The user is already active");
        }
        return withStatus(UserStatus.ACTIVE, now);
    }

    public User withPassword(String hash, Instant now) {
        return new User(id, organizationId, email, firstName, lastName, phone, jobTitle, status, roles,
                serviceCenterIds, hash, now, lastLoginAt, createdAt, now, version);
    }

    private User withStatus(UserStatus newStatus, Instant now) {
        return new User(id, organizationId, email, firstName, lastName, phone, jobTitle, newStatus, roles,
                serviceCenterIds, passwordHash, passwordChangedAt, lastLoginAt, createdAt, now, version);
    }
}
