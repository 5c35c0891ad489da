package dev.pitlane.auth.activity.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of the activity log: who did what to whom, when and from where.
 *
 * @param actor         the user id, {@code client:<id>} or {@code system:<job>} that acted; null for anonymous
 * @param userId        the user it concerns
 * @param email         the email tried, for sign-in attempts
 */
public record Activity(UUID organizationId, Instant occurredAt, ActivityType type, String actor, UUID userId,
                       UUID clientId, String email, String sourceAddress, String userAgent,
                       Map<String, Object> details) {

    public Activity {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
