package dev.pitlane.auth.organizations.domain;

import dev.pitlane.platform.domain.DomainException;

import java.time.Instant;
import java.util.UUID;

/** A tenant: a dealer group with its service centers. */
public record Organization(UUID id, String name, String legalName, String taxId, String contactEmail,
                           String contactPhone, String address, OrganizationStatus status, String suspendedReason,
                           Instant suspendedAt, Instant createdAt, Instant updatedAt, long version) {

    /**
     * The pseudo-organization that holds the platform's own accounts (SUPER_ADMINs). Its tokens carry no
     * {@code org_id}, so they reach no tenant's data.
     */
    public static final UUID PLATFORM = new UUID(0L, 0L);

    public static Organization create(UUID id, String name, String legalName, String taxId, String contactEmail,
                                      String contactPhone, String address, Instant now) {
        return new Organization(id, name, legalName, taxId, contactEmail, contactPhone, address,
                OrganizationStatus.ACTIVE, null, null, now, now, 0);
    }

    public boolean active() {
        return status == OrganizationStatus.ACTIVE;
    }

    public Organization withProfile(String newName, String newLegalName, String newTaxId, String newContactEmail,
                                    String newContactPhone, String newAddress, Instant now) {
        return new Organization(id, newName, newLegalName, newTaxId, newContactEmail, newContactPhone, newAddress,
                status, suspendedReason, suspendedAt, createdAt, now, version);
    }

    public Organization suspended(String reason, Instant now) {
        if (status == OrganizationStatus.SUSPENDED) {
            throw DomainException.conflict("organization-already-suspended", "The organization is already suspended");
        }
        return new Organization(id, name, legalName, taxId, contactEmail, contactPhone, address,
                OrganizationStatus.SUSPENDED, reason, now, createdAt, now, version);
    }

    public Organization reactivated(Instant now) {
        if (status == OrganizationStatus.ACTIVE) {
            throw DomainException.conflict("organization-not-suspended", "The organization is not suspended");
        }
        return new Organization(id, name, legalName, taxId, contactEmail, contactPhone, address,
                OrganizationStatus.ACTIVE, null, null, createdAt, now, version);
    }
}
