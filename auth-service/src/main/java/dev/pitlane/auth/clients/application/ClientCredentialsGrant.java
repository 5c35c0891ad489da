package dev.pitlane.auth.clients.application;

import dev.pitlane.auth.access.application.Permissions;
import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.auth.clients.domain.Client;
import dev.pitlane.auth.organizations.application.OrganizationDirectory;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.shared.domain.OpaqueToken;
import dev.pitlane.auth.throttle.application.LoginThrottle;
import dev.pitlane.auth.tokens.application.AccessTokens;
import dev.pitlane.auth.tokens.application.SignInLocked;
import dev.pitlane.auth.tokens.domain.TokenSubject;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The OAuth 2.0 client-credentials grant: a partner's id and secret buy an access token whose subject is the
 * client, for its organization, with its permissions (narrowed to a requested scope). No refresh token: the
 * client simply asks again.
 */
@Service
public class ClientCredentialsGrant {

    private final ClientStore clients;
    private final OrganizationDirectory organizations;
    private final Permissions permissions;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;
    private final ActivityLog activity;
    private final TenantTransactions transactions;
    private final Clock clock;

    public ClientCredentialsGrant(ClientStore clients, OrganizationDirectory organizations, Permissions permissions,
                                  AccessTokens tokens, LoginThrottle throttle, ActivityLog activity,
                                  TenantTransactions transactions, Clock clock) {
        this.clients = clients;
        this.organizations = organizations;
        this.permissions = permissions;
        this.tokens = tokens;
        this.throttle = throttle;
        this.activity = activity;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Why no token: the client's credentials are wrong, or the scope asks for more than the client holds. */
    public static class Refused extends RuntimeException {
        private final String error;

        Refused(String error, String message) {
            super(message);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    /** @param scope space-separated permissions the token should be limited to; null: all of the client's */
    public AccessTokens.Issued issue(String clientId, String secret, String scope, RequestOrigin origin) {
        throttle.lockedUntil(origin.address(), null).ifPresent(until -> {
            throw new SignInLocked(until);
        });
        UUID id = parse(clientId);
        UUID org = id == null ? null : clients.organizationOf(id).orElse(null);
        Optional<Client> client = org == null ? Optional.empty()
                : transactions.inOrganization(org, () -> clients.find(org, id));
        boolean valid = client.isPresent() && client.get().enabled() && OpaqueToken.matches(secret,
                client.get().secretHash()) && organizations.isActive(org);
        if (!valid) {
            throttle.recordFailure(origin.address(), null);
            if (org != null) {
                transactions.runInOrganization(org, () -> activity.entry(org,
                        ActivityType.CLIENT_AUTHENTICATION_FAILED, origin).client(id).write());
            }
            throw new Refused("invalid_client", "Client authentication failed");
        }
        Client found = client.get();
        Set<String> granted = new TreeSet<>(found.permissions());
        // a permission that has since left the matrix (or become platform-only) is no longer granted
        granted.removeAll(permissions.matrix().notGrantable(granted, found.permissions()));
        if (scope != null && !scope.isBlank()) {
            Set<String> asked = new TreeSet<>(Set.of(scope.trim().split("\\s+")));
            if (!granted.containsAll(asked)) {
                throw new Refused("invalid_scope", "The scope asks for permissions the client does not hold");
            }
            granted = asked;
        }
        transactions.runInOrganization(org, () -> clients.recordUse(org, id, clock.instant()));
        return tokens.issue(new TokenSubject(found.id().toString(), org, Set.of(), granted, Set.of(), null, null,
                found.id()));
    }

    private static UUID parse(String clientId) {
        try {
            return clientId == null ? null : UUID.fromString(clientId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
