package dev.pitlane.auth.tokens.application;

import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.auth.organizations.application.OrganizationDirectory;
import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.passwords.application.PasswordHasher;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.throttle.application.LoginThrottle;
import dev.pitlane.auth.users.application.UserAccounts;
import dev.pitlane.auth.users.domain.EmailAddress;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.platform.domain.DomainException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sign-in with email and password. The password is checked outside any transaction (it is the slow part), and
 * every answer for a wrong email or a wrong password is the same, in content and in time.
 */
@Service
public class LoginService {

    private final UserAccounts accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final OrganizationDirectory organizations;
    private final Sessions sessions;
    private final UserTokens tokens;
    private final ActivityLog activity;
    private final TenantTransactions transactions;

    public LoginService(UserAccounts accounts, PasswordHasher hasher, LoginThrottle throttle,
                        OrganizationDirectory organizations, Sessions sessions, UserTokens tokens,
                        ActivityLog activity, TenantTransactions transactions) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.organizations = organizations;
        this.sessions = sessions;
        this.tokens = tokens;
        this.activity = activity;
        this.transactions = transactions;
    }

    public TokenPair login(String rawEmail, String password, UUID organizationId, RequestOrigin origin) {
        String email = EmailAddress.normalize(rawEmail);
        throttle.lockedUntil(origin.address(), email).ifPresent(until -> {
            throw new SignInLocked(until);
        });
        List<User> candidates = new ArrayList<>();
        for (UUID org : accounts.organizationsWithEmail(email)) {
            if (organizationId == null || organizationId.equals(org)) {
                transactions.inOrganization(org, () -> accounts.findByEmail(org, email)).ifPresent(candidates::add);
            }
        }
        if (candidates.isEmpty()) {
            hasher.decoy(password);
        }
        List<User> matched = candidates.stream().filter(u -> hasher.matches(password, u.passwordHash())).toList();
        if (matched.isEmpty()) {
            failed(email, candidates, origin);
            throw invalidCredentials();
        }
        if (matched.size() > 1) {
            throw new OrganizationChoiceRequired(matched.stream().map(u -> new OrganizationChoiceRequired.Choice(
                    u.organizationId(), organizationName(u.organizationId()))).toList());
        }
        User user = matched.get(0);
        if (!user.active() || !organizations.isActive(user.organizationId())) {
            transactions.runInOrganization(user.organizationId(), () -> log(ActivityType.LOGIN_FAILED, user, origin,
                    Map.of("reason", user.active() ? "organization-suspended" : "account-inactive")));
            throw user.active()
                    ? DomainException.forbidden("organization-suspended",
                    "The organization is suspended; nobody of it can sign in")
                    : DomainException.forbidden("account-inactive", "This account is deactivated");
        }
        throttle.recordSuccess(email);
        Sessions.Handed session = transactions.inOrganization(user.organizationId(), () -> {
            accounts.recordLogin(user, password);
            log(ActivityType.LOGIN_SUCCEEDED, user, origin, Map.of());
            return sessions.open(user.organizationId(), user.id());
        });
        return tokens.pair(user, session);
    }

    private void failed(String email, List<User> candidates, RequestOrigin origin) {
        boolean locked = throttle.recordFailure(origin.address(), email);
        for (User user : candidates) {
            transactions.runInOrganization(user.organizationId(), () -> {
                log(ActivityType.LOGIN_FAILED, user, origin, Map.of("reason", "bad-credentials"));
                if (locked) {
                    log(ActivityType.ACCOUNT_LOCKED, user, origin, Map.of());
                }
            });
        }
    }

    private void log(ActivityType type, User user, RequestOrigin origin, Map<String, Object> details) {
        activity.entry(user.organizationId(), type, origin).user(user.id()).email(user.email())
                .actor(type == ActivityType.LOGIN_SUCCEEDED ? user.id().toString() : null).details(details).write();
    }

    private String organizationName(UUID organizationId) {
        return Organization.PLATFORM.equals(organizationId) ? "Pitlane platform"
                : organizations.find(organizationId).map(Organization::name).orElse(null);
    }

    static DomainException invalidCredentials() {
        return DomainException.unauthenticated("invalid-credentials", "The email or password is wrong");
    }
}
