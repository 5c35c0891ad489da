package dev.pitlane.auth.organizations.application;

import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.organizations.domain.OrganizationStatus;
import dev.pitlane.platform.web.PageQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface OrganizationStore {

    void insert(Organization organization);

    /** Writes it if nobody changed it since {@code organization.version()}; returns it with its new version. */
    Organization update(Organization organization);

    /** A tenant organization; never the platform's own. */
    Optional<Organization> find(UUID id);

    record Page(List<Organization> items, long total) {
    }

    Page page(OrganizationStatus status, String text, PageQuery query);
}
