package dev.pitlane.auth.users;

import dev.pitlane.auth.users.domain.EmailAddress;
import dev.pitlane.auth.users.domain.OrgAdminGuard;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.auth.users.domain.UserStatus;
import dev.pitlane.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserRulesTest {

    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final User admin = new User(UUID.randomUUID(), UUID.randomUUID(), "a@x.test", "A", "B", null, null,
            UserStatus.ACTIVE, Set.of("ORG_ADMIN"), Set.of(), "hash", now, null, now, now, 0);

    @Test
    void theLastActiveOrgAdminCannotLoseTheRoleNorBeDeactivated() {
        assertThatThrownBy(() -> OrgAdminGuard.check(admin, admin.withRoles(Set.of("STAFF"), Set.of(), now), 1))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "last-org-admin");
        assertThatThrownBy(() -> OrgAdminGuard.check(admin, admin.deactivated(now), 1))
                .isInstanceOf(DomainException.class);
        assertThatCode(() -> OrgAdminGuard.check(admin, admin.deactivated(now), 2)).doesNotThrowAnyException();
    }

    @Test
    void statusChangesAreOneWayAtATime() {
        User inactive = admin.deactivated(now);
        assertThat(inactive.active()).isFalse();
        assertThatThrownBy(() -> inactive.deactivated(now)).hasFieldOrPropertyWithValue("code",
                "user-already-inactive");
        assertThat(inactive.activated(now).active()).isTrue();
        assertThatThrownBy(() -> admin.withRoles(Set.of(), Set.of(), now)).hasFieldOrPropertyWithValue("code",
                "roles-required");
    }

    @Test
    void emailsAreComparedLowerCased() {
        assertThat(EmailAddress.normalize("  Ravi.Patil@Demo-Motors.LOCAL ")).isEqualTo("ravi.patil@demo-motors.local");
        assertThat(EmailAddress.looksValid("ravi@demo.local")).isTrue();
        assertThat(EmailAddress.looksValid("ravi@localhost")).isFalse();
        assertThat(EmailAddress.looksValid("not an email")).isFalse();
    }
}
