package dev.pitlane.auth.organizations.application;

import dev.pitlane.auth.organizations.domain.Organization;

/** The organization events other services read (topic auth.organization.v1). */
public interface OrganizationEvents {

    void created(Organization organization);

    void updated(Organization organization);

    void suspended(Organization organization);
}
