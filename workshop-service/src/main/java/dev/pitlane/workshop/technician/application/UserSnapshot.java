package dev.pitlane.workshop.technician.application;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as auth-service's UserCreated/UserUpdated describe them: only what the workshop reads. */
public record UserSnapshot(UUID userId, String email, String firstName, String lastName, boolean active,
                           Set<String> roles, Set<UUID> serviceCenterIds, Instant changedAt) {

    public boolean isTechnician() {
        return roles.contains("TECHNICIAN");
    }
}
