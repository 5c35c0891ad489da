package dev.pitlane.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/**
 * The one tenant convention for JPA aggregates: an entity extends this and never handles its organization. Hibernate
 * fills {@code organization_id} from the caller's organization on insert and adds {@code organization_id = ?} to
 * every query of the entity (derived, JPQL, criteria, load by id); row-level security stands behind it for native
 * SQL and anything else that bypasses Hibernate. Repositories therefore take no organization parameter.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity {

    @TenantId
    @Column(name = "organization_id", nullable = false, updatable = false)
    private UUID organizationId;

    public UUID getOrganizationId() {
        return organizationId;
    }
}
