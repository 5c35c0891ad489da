package dev.pitlane.auth.passwords.application;

import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.auth.config.AuthProperties;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.shared.domain.OpaqueToken;
import dev.pitlane.auth.throttle.application.LoginThrottle;
import dev.pitlane.auth.tokens.application.Sessions;
import dev.pitlane.auth.users.application.UserAccounts;
import dev.pitlane.auth.users.domain.EmailAddress;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.platform.domain.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Password reset by a one-time, expiring token sent to the account's owner, and the first password of an
 * invited user the same way. A request answers the same whether the email exists or not.
 */
@Service
public class PasswordResetService {

    private final UserAccounts accounts;
    private final ResetTokenStore tokens;
    private final PasswordResetNotifier notifier;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final ActivityLog activity;
    private final TenantTransactions transactions;
    private final Clock clock;
    private final AuthProperties properties;

    public PasswordResetService(UserAccounts accounts, ResetTokenStore tokens, PasswordResetNotifier notifier,
                                Sessions sessions, LoginThrottle throttle, ActivityLog activity,
                                TenantTransactions transactions, Clock clock, AuthProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.notifier = notifier;
        this.sessions = sessions;
        this.throttle = throttle;
        this.activity = activity;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** Sends a reset token to every active account of this email (in the one organization, when given). */
    public void request(String rawEmail, UUID organizationId, RequestOrigin origin) {
        String email = EmailAddress.normalize(rawEmail);
        for (UUID org : accounts.organizationsWithEmail(email)) {
            if (organizationId != null && !organizationId.equals(org)) {
                continue;
            }
            transactions.runInOrganization(org, () -> accounts.findByEmail(org, email).filter(User::active)
                    .ifPresent(user -> {
                        issue(user, PasswordResetNotifier.Purpose.RESET);
                        activity.entry(org, ActivityType.PASSWORD_RESET_REQUESTED, origin).user(user.id())
                                .email(email).write();
                    }));
        }
    }

    /**
     * Invites a new user to choose a first password. Runs in the transaction that creates the user; the token
     * goes out only if that transaction commits.
     */
    public void invite(User user) {
        issue(user, PasswordResetNotifier.Purpose.INVITATION);
    }

    /** Sets the new password, uses the token up, ends every session of the account and lifts its lockout. */
    public void confirm(String token, String newPassword, RequestOrigin origin) {
        String hash = OpaqueToken.hash(token);
        UUID org = tokens.organizationOf(hash).orElseThrow(PasswordResetService::invalidToken);
        User user = transactions.inOrganization(org, () -> {
            ResetTokenStore.ResetToken stored = tokens.lock(org, hash).orElseThrow(PasswordResetService::invalidToken);
            Instant now = clock.instant();
            if (stored.usedAt() != null || !stored.expiresAt().isAfter(now)) {
                throw invalidToken();
            }
            User owner = accounts.find(org, stored.userId()).filter(User::active)
                    .orElseThrow(PasswordResetService::invalidToken);
            User changed = accounts.setPassword(owner, newPassword, "newPassword");
            tokens.useAll(org, owner.id(), now);
            sessions.endAllOf(org, owner.id(), null, "password-reset");
            activity.entry(org, ActivityType.PASSWORD_RESET_COMPLETED, origin).user(owner.id())
                    .actor(owner.id().toString()).email(owner.email())
                    .details(Map.of("purpose", stored.purpose().name())).write();
            return changed;
        });
        throttle.unlock(user.email());
    }

    private void issue(User user, PasswordResetNotifier.Purpose purpose) {
        String token = OpaqueToken.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(purpose == PasswordResetNotifier.Purpose.INVITATION
                ? properties.invitationTtl() : properties.passwordResetTtl());
        tokens.insert(UUID.randomUUID(), user.organizationId(), user.id(), OpaqueToken.hash(token), purpose, now,
                expires);
        String link = UriComponentsBuilder.fromUriString(properties.resetLinkBase()).queryParam("token", token)
                .build().toUriString();
        PasswordResetNotifier.Notice notice = new PasswordResetNotifier.Notice(user.email(), user.firstName(),
                purpose, token, link, expires);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                notifier.send(notice);
            }
        });
    }

    private static DomainException invalidToken() {
        return DomainException.unprocessable("invalid-reset-token",
                "The reset token is unknown, already used or expired; ask for a new one");
    }
}
