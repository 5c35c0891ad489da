package dev.pitlane.auth.clients.application;

import dev.pitlane.auth.access.application.Permissions;
import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.auth.clients.domain.Client;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.shared.domain.OpaqueToken;
import dev.pitlane.platform.domain.DomainException;
import dev.pitlane.platform.tenancy.Caller;
import dev.pitlane.platform.tenancy.TenantContext;
import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Partner clients of the caller's organization. A client may hold only tenant permissions its creator holds;
 * its secret is shown once, at creation and at each rotation, and only its hash is kept.
 */
@Service
public class ClientService {

    private final ClientStore store;
    private final Permissions permissions;
    private final ActivityLog activity;
    private final TenantTransactions transactions;
    private final Clock clock;

    public ClientService(ClientStore store, Permissions permissions, ActivityLog activity,
                         TenantTransactions transactions, Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.activity = activity;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A client with the secret that was just made for it: the only moment the secret exists here. */
    public record WithSecret(Client client, String secret) {
    }

    public record Change(String name, String description, Set<String> permissions, Boolean enabled) {
    }

    public WithSecret create(String name, String description, Set<String> requested, RequestOrigin origin) {
        Caller caller = TenantContext.caller();
        UUID org = TenantContext.organizationId();
        checkGrantable(requested, caller);
        String secret = OpaqueToken.generate();
        Instant now = clock.instant();
        Client client = new Client(UUID.randomUUID(), org, name.trim(), blankToNull(description), requested,
                OpaqueToken.hash(secret), now, true, caller.subject(), now, now, null, 0);
        return transactions.inOrganization(org, () -> {
            store.insert(client);
            log(ActivityType.CLIENT_CREATED, client, origin, Map.of("permissions", new TreeSet<>(requested)));
            return new WithSecret(client, secret);
        });
    }

    public Client get(UUID id) {
        UUID org = TenantContext.organizationId();
        return transactions.inOrganization(org, () -> load(org, id));
    }

    public PageResponse<Client> list(PageQuery query) {
        UUID org = TenantContext.organizationId();
        ClientStore.Page page = transactions.inOrganization(org, () -> store.page(org, query));
        return PageResponse.of(page.items(), query, page.total());
    }

    public Client update(UUID id, Change change, RequestOrigin origin) {
        if (change.permissions() != null) {
            checkGrantable(change.permissions(), TenantContext.caller());
        }
        UUID org = TenantContext.organizationId();
        return transactions.inOrganization(org, () -> {
            Client before = load(org, id);
            Instant now = clock.instant();
            Client changed = before.withDetails(change.name() == null ? before.name() : change.name().trim(),
                    change.description() == null ? before.description() : blankToNull(change.description()),
                    change.permissions() == null ? before.permissions() : change.permissions(), now);
            if (change.enabled() != null) {
                changed = changed.withEnabled(change.enabled(), now);
            }
            Client after = store.update(changed);
            log(ActivityType.CLIENT_UPDATED, after, origin, Map.of("permissions", new TreeSet<>(after.permissions()),
                    "enabled", after.enabled()));
            return after;
        });
    }

    /** A new secret replaces the old one at once; tokens already issued run until they expire. */
    public WithSecret rotateSecret(UUID id, RequestOrigin origin) {
        UUID org = TenantContext.organizationId();
        String secret = OpaqueToken.generate();
        return transactions.inOrganization(org, () -> {
            Client after = store.update(load(org, id).withSecret(OpaqueToken.hash(secret), clock.instant()));
            log(ActivityType.CLIENT_SECRET_ROTATED, after, origin, Map.of());
            return new WithSecret(after, secret);
        });
    }

    public void delete(UUID id, RequestOrigin origin) {
        UUID org = TenantContext.organizationId();
        transactions.runInOrganization(org, () -> {
            Client client = load(org, id);
            store.delete(org, id);
            log(ActivityType.CLIENT_DELETED, client, origin, Map.of("name", client.name()));
        });
    }

    private void checkGrantable(Set<String> requested, Caller caller) {
        Set<String> refused = permissions.matrix().notGrantable(requested, caller.permissions());
        if (!refused.isEmpty()) {
            throw DomainException.invalidField("permissions", "NotGrantable",
                    "cannot be given to a client by you: " + new TreeSet<>(refused));
        }
    }

    private Client load(UUID org, UUID id) {
        return store.find(org, id).orElseThrow(() -> DomainException.notFound("Client", id));
    }

    private void log(ActivityType type, Client client, RequestOrigin origin, Map<String, Object> details) {
        activity.entry(client.organizationId(), type, origin).actor(TenantContext.caller().subject())
                .client(client.id()).details(details).write();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
