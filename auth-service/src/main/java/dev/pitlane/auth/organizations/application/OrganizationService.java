package dev.pitlane.auth.organizations.application;

import dev.pitlane.auth.access.domain.PermissionMatrix;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.organizations.domain.OrganizationStatus;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.users.application.NewUser;
import dev.pitlane.auth.users.application.UserService;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Organizations are created, changed and suspended by platform administrators. A user of an organization
 * sees only their own; any other answers 404, as a missing one does.
 */
@Service
public class OrganizationService {

    private final OrganizationStore store;
    private final OrganizationEvents events;
    private final UserService users;
    private final TenantTransactions transactions;
    private final Clock clock;

    public OrganizationService(OrganizationStore store, OrganizationEvents events, UserService users,
                               TenantTransactions transactions, Clock clock) {
        this.store = store;
        this.events = events;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Profile(String name, String legalName, String taxId, String contactEmail, String contactPhone,
                          String address) {
    }

    public record Created(Organization organization, User admin) {
    }

    /** Creates the organization and its first ORG_ADMIN together: an organization nobody can manage is useless. */
    public Created create(Profile profile, NewUser firstAdmin, RequestOrigin origin) {
        return createWithId(UUID.randomUUID(), profile, firstAdmin, origin);
    }

    /** With a chosen id: devstack's demo organization has the id every service's demo data refers to. */
    public Created createWithId(UUID id, Profile profile, NewUser firstAdmin, RequestOrigin origin) {
        NewUser admin = new NewUser(firstAdmin.email(), firstAdmin.firstName(), firstAdmin.lastName(),
                firstAdmin.phone(), firstAdmin.jobTitle(), Set.of(PermissionMatrix.ORG_ADMIN), Set.of(),
                firstAdmin.initialPassword());
        return transactions.inOrganization(id, () -> {
            Organization organization = Organization.create(id, profile.name().trim(), profile.legalName(),
                    profile.taxId(), profile.contactEmail(), profile.contactPhone(), profile.address(),
                    clock.instant());
            store.insert(organization);
            events.created(organization);
            return new Created(organization, users.createIn(id, admin, origin));
        });
    }

    public Organization get(UUID id) {
        UUID own = TenantContext.caller().organizationId();
        if (own != null && !own.equals(id)) {
            throw DomainException.notFound("Organization", id);
        }
        return store.find(id).orElseThrow(() -> DomainException.notFound("Organization", id));
    }

    public PageResponse<Organization> list(OrganizationStatus status, String text, PageQuery query) {
        OrganizationStore.Page page = store.page(status, text, query);
        return PageResponse.of(page.items(), query, page.total());
    }

    public Organization update(UUID id, Profile change) {
        return transactions.inOrganization(id, () -> {
            Organization before = load(id);
            Organization after = store.update(before.withProfile(orKeep(change.name(), before.name()),
                    orKeep(change.legalName(), before.legalName()), orKeep(change.taxId(), before.taxId()),
                    orKeep(change.contactEmail(), before.contactEmail()),
                    orKeep(change.contactPhone(), before.contactPhone()), orKeep(change.address(), before.address()),
                    clock.instant()));
            events.updated(after);
            return after;
        });
    }

    public Organization suspend(UUID id, String reason) {
        return transactions.inOrganization(id, () -> {
            Organization after = store.update(load(id).suspended(reason, clock.instant()));
            events.suspended(after);
            return after;
        });
    }

    public Organization reactivate(UUID id) {
        return transactions.inOrganization(id, () -> {
            Organization after = store.update(load(id).reactivated(clock.instant()));
            events.updated(after);
            return after;
        });
    }

    private Organization load(UUID id) {
        return store.find(id).orElseThrow(() -> DomainException.notFound("Organization", id));
    }

    private static String orKeep(String value, String current) {
        return value == null ? current : value.isBlank() ? null : value.trim();
    }
}
