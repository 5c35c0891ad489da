package dev.pitlane.auth.organizations.application;

import dev.pitlane.auth.organizations.domain.Organization;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/** Read access to organizations for the other features (sign-in checks whether an organization is active). */
@Service
public class OrganizationDirectory {

    private final OrganizationStore store;

    public OrganizationDirectory(OrganizationStore store) {
        this.store = store;
    }

    /** The platform's own pseudo-organization counts as active. */
    public boolean isActive(UUID organizationId) {
        return Organization.PLATFORM.equals(organizationId)
                || store.find(organizationId).map(Organization::active).orElse(false);
    }

    public Optional<Organization> find(UUID organizationId) {
        return store.find(organizationId);
    }
}
