package dev.pitlane.auth.organizations;

import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.organizations.domain.OrganizationStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganizationRulesTest {

    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void suspensionAndReactivation() {
        Organization org = Organization.create(UUID.randomUUID(), "Sai Motors", null, null, null, null, null, now);
        Organization suspended = org.suspended("unpaid", now.plusSeconds(1));
        assertThat(suspended.status()).isEqualTo(OrganizationStatus.SUSPENDED);
        assertThat(suspended.suspendedReason()).isEqualTo("unpaid");
        assertThatThrownBy(() -> suspended.suspended("again", now)).hasFieldOrPropertyWithValue("code",
                "organization-already-suspended");
        Organization back = suspended.reactivated(now.plusSeconds(2));
        assertThat(back.active()).isTrue();
        assertThat(back.suspendedReason()).isNull();
        assertThatThrownBy(() -> back.reactivated(now)).hasFieldOrPropertyWithValue("code",
                "organization-not-suspended");
    }
}
