package dev.pitlane.platform.persistence;

import dev.pitlane.platform.tenancy.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import java.util.UUID;

/**
 * Tells Hibernate the caller's organization for {@link TenantOwnedEntity}; read when a session opens, which under
 * Spring is when the transaction (or, outside one, the repository call) begins.
 */
class OrganizationTenantResolver implements CurrentTenantIdentifierResolver<UUID> {

    /** No caller: an organization no row has, so queries find nothing and inserts fail row-level security. */
    static final UUID NO_ORGANIZATION = new UUID(0, 0);

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        return TenantContext.organizationIdIfAny().orElse(NO_ORGANIZATION);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }
}
