package dev.pitlane.auth.users.web;

import dev.pitlane.auth.users.domain.User;
import dev.pitlane.auth.users.domain.UserStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

record UserView(UUID id, UUID organizationId, String email, String firstName, String lastName, String phone,
                String jobTitle, UserStatus status, List<String> roles, List<UUID> serviceCenterIds,
                boolean passwordSet, Instant lastLoginAt, Instant createdAt, Instant updatedAt, long version) {

    static UserView of(User u) {
        return new UserView(u.id(), u.organizationId(), u.email(), u.firstName(), u.lastName(), u.phone(),
                u.jobTitle(), u.status(), u.roles().stream().sorted().toList(),
                u.serviceCenterIds().stream().sorted().toList(), u.passwordHash() != null, u.lastLoginAt(),
                u.createdAt(), u.updatedAt(), u.version());
    }
}
