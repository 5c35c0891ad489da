package dev.pitlane.auth.tokens.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Who an access token speaks for, and what it lets them do.
 *
 * @param organizationId null for a platform administrator: the token then has no {@code org_id}
 * @param sessionId      the refresh family of a user's session ({@code sid}); null for a client
 * @param clientId       set for a partner client's token
 */
public record TokenSubject(String subject, UUID organizationId, Set<String> roles, Set<String> permissions,
                           Set<UUID> serviceCenterIds, String email, UUID sessionId, UUID clientId) {

    public TokenSubject {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        serviceCenterIds = Set.copyOf(serviceCenterIds);
    }
}
