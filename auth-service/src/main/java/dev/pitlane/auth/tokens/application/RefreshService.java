package dev.pitlane.auth.tokens.application;

import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.auth.organizations.application.OrganizationDirectory;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.shared.domain.OpaqueToken;
import dev.pitlane.auth.tokens.domain.RefreshToken;
import dev.pitlane.auth.users.application.UserAccounts;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.platform.domain.DomainException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Refresh with rotation: each refresh token works once and is replaced. A token presented a second time was
 * copied (or the client raced itself); both are treated as theft and the whole session is revoked. The user
 * and the organization are read afresh, so a deactivated user or a suspended organization is cut off here.
 */
@Service
public class RefreshService {

    private final RefreshTokenStore store;
    private final Sessions sessions;
    private final UserAccounts accounts;
    private final OrganizationDirectory organizations;
    private final UserTokens tokens;
    private final ActivityLog activity;
    private final TenantTransactions transactions;
    private final Clock clock;

    public RefreshService(RefreshTokenStore store, Sessions sessions, UserAccounts accounts,
                          OrganizationDirectory organizations, UserTokens tokens, ActivityLog activity,
                          TenantTransactions transactions, Clock clock) {
        this.store = store;
        this.sessions = sessions;
        this.accounts = accounts;
        this.organizations = organizations;
        this.tokens = tokens;
        this.activity = activity;
        this.transactions = transactions;
        this.clock = clock;
    }

    private sealed interface Outcome {
    }

    private record Refused(String code, String detail) implements Outcome {
    }

    private record Refreshed(User user, Sessions.Handed session) implements Outcome {
    }

    public TokenPair refresh(String refreshToken, RequestOrigin origin) {
        String hash = OpaqueToken.hash(refreshToken);
        UUID org = store.organizationOf(hash).orElseThrow(RefreshService::invalid);
        // the outcome is committed before it is answered: a reuse must revoke the family even though it fails
        Outcome outcome = transactions.inOrganization(org, () -> rotate(org, hash, origin));
        if (outcome instanceof Refreshed done) {
            return tokens.pair(done.user(), done.session());
        }
        Refused refused = (Refused) outcome;
        throw DomainException.unauthenticated(refused.code(), refused.detail());
    }

    private Outcome rotate(UUID org, String hash, RequestOrigin origin) {
        RefreshToken token = store.lock(org, hash).orElse(null);
        if (token == null) {
            return new Refused("invalid-refresh-token", "The refresh token is not valid");
        }
        switch (token.check(clock.instant())) {
            case REVOKED, EXPIRED -> {
                return new Refused("invalid-refresh-token", "The refresh token is not valid");
            }
            case REUSED -> {
                sessions.endFamily(token, "reuse-detected");
                activity.entry(org, ActivityType.REFRESH_TOKEN_REUSED, origin).user(token.userId())
                        .details(Map.of("sessionId", token.familyId().toString())).write();
                return new Refused("invalid-refresh-token",
                        "The refresh token was already used; the session has been ended");
            }
            case VALID -> {
                User user = accounts.find(org, token.userId()).orElse(null);
                if (user == null || !user.active()) {
                    sessions.endFamily(token, "account-inactive");
                    return new Refused("invalid-refresh-token", "The account is deactivated");
                }
                if (!organizations.isActive(org)) {
                    sessions.endFamily(token, "organization-suspended");
                    return new Refused("organization-suspended", "The organization is suspended");
                }
                return new Refreshed(user, sessions.replace(token));
            }
            default -> throw new IllegalStateException();
        }
    }

    private static DomainException invalid() {
        return DomainException.unauthenticated("invalid-refresh-token", "The refresh token is not valid");
    }
}
