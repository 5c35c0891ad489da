package dev.pitlane.auth.tokens.application;

import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.shared.domain.OpaqueToken;
import org.springframework.stereotype.Service;

import java.util.UUID;

/**
 * Sign-out ends the session of the refresh token presented (its whole family). Its access token stays valid
 * until it expires, minutes later: resource servers check tokens offline.
 */
@Service
public class LogoutService {

    private final RefreshTokenStore store;
    private final Sessions sessions;
    private final ActivityLog activity;
    private final TenantTransactions transactions;

    public LogoutService(RefreshTokenStore store, Sessions sessions, ActivityLog activity,
                         TenantTransactions transactions) {
        this.store = store;
        this.sessions = sessions;
        this.activity = activity;
        this.transactions = transactions;
    }

    /** Answers the same whether or not the token was known, so it cannot be used to test tokens. */
    public void logout(String refreshToken, RequestOrigin origin) {
        String hash = OpaqueToken.hash(refreshToken);
        UUID org = store.organizationOf(hash).orElse(null);
        if (org == null) {
            return;
        }
        transactions.runInOrganization(org, () -> store.lock(org, hash).ifPresent(token -> {
            if (token.revokedAt() == null) {
                sessions.endFamily(token, "logout");
                activity.entry(org, ActivityType.LOGOUT, origin).user(token.userId())
                        .actor(token.userId().toString()).write();
            }
        }));
    }
}
