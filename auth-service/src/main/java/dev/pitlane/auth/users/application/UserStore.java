package dev.pitlane.auth.users.application;

import dev.pitlane.auth.users.domain.User;
import dev.pitlane.auth.users.domain.UserStatus;
import dev.pitlane.platform.web.PageQuery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface UserStore {

    void insert(User user);

    /** Writes the user if nobody changed it since {@code user.version()}; returns it with its new version. */
    User update(User user);

    Optional<User> find(UUID organizationId, UUID id);

    Optional<User> findByEmail(UUID organizationId, String email);

    /** Every organization with a user of this email, before any organization is known (sign-in, reset). */
    List<UUID> organizationsWithEmail(String email);

    long countActiveWithRole(UUID organizationId, String role);

    void recordLogin(UUID organizationId, UUID id, Instant at, String upgradedHash);

    record Filter(UserStatus status, String role, UUID serviceCenterId, String text) {
    }

    record Page(List<User> items, long total) {
    }

    Page page(UUID organizationId, Filter filter, PageQuery query);
}
