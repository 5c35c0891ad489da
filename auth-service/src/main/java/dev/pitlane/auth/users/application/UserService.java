package dev.pitlane.auth.users.application;

import dev.pitlane.auth.access.application.Permissions;
import dev.pitlane.auth.access.domain.PermissionMatrix;
import dev.pitlane.auth.activity.application.ActivityLog;
import dev.pitlane.auth.activity.application.RequestOrigin;
import dev.pitlane.auth.activity.domain.ActivityType;
import dev.pitlane.auth.organizations.domain.Organization;
import dev.pitlane.auth.passwords.application.PasswordHasher;
import dev.pitlane.auth.passwords.application.PasswordResetService;
import dev.pitlane.auth.shared.application.TenantTransactions;
import dev.pitlane.auth.throttle.application.LoginThrottle;
import dev.pitlane.auth.tokens.application.Sessions;
import dev.pitlane.auth.users.domain.EmailAddress;
import dev.pitlane.auth.users.domain.OrgAdminGuard;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.auth.users.domain.UserStatus;
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

/** The users of the caller's organization, and each user's own profile and password. */
@Service
public class UserService {

    private final UserStore store;
    private final UserAccounts accounts;
    private final Permissions permissions;
    private final PasswordHasher hasher;
    private final PasswordResetService invitations;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final UserEvents events;
    private final ActivityLog activity;
    private final TenantTransactions transactions;
    private final Clock clock;

    public UserService(UserStore store, UserAccounts accounts, Permissions permissions, PasswordHasher hasher,
                       PasswordResetService invitations, Sessions sessions, LoginThrottle throttle,
                       UserEvents events, ActivityLog activity, TenantTransactions transactions, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.permissions = permissions;
        this.hasher = hasher;
        this.invitations = invitations;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.activity = activity;
        this.transactions = transactions;
        this.clock = clock;
    }

    public User create(NewUser command, RequestOrigin origin) {
        return createIn(TenantContext.organizationId(), command, origin);
    }

    /** Creates a user of {@code organizationId}; joins the caller's transaction when there is one. */
    public User createIn(UUID organizationId, NewUser command, RequestOrigin origin) {
        Set<String> refused = permissions.matrix().notAssignable(command.roles());
        if (!refused.isEmpty()) {
            throw DomainException.invalidField("roles", "NotAssignable", "cannot be given here: " + refused);
        }
        return insert(organizationId, command, command.roles(), origin);
    }

    /** A platform administrator (SUPER_ADMIN), for the first start and devstack. */
    public User createPlatformAdmin(NewUser command) {
        return insert(Organization.PLATFORM, command, Set.of(PermissionMatrix.SUPER_ADMIN), null);
    }

    public User get(UUID id) {
        UUID org = TenantContext.organizationId();
        return transactions.inOrganization(org, () -> load(org, id));
    }

    public PageResponse<User> list(UserStore.Filter filter, PageQuery query) {
        UUID org = TenantContext.organizationId();
        UserStore.Page page = transactions.inOrganization(org, () -> store.page(org, filter, query));
        return PageResponse.of(page.items(), query, page.total());
    }

    public User updateProfile(UUID id, ProfileChange change, RequestOrigin origin) {
        UUID org = TenantContext.organizationId();
        return transactions.inOrganization(org, () -> {
            User before = load(org, id);
            User after = store.update(applied(before, change));
            log(ActivityType.USER_UPDATED, after, origin, Map.of());
            events.updated(after);
            return after;
        });
    }

    public User assignRoles(UUID id, Set<String> roles, Set<UUID> serviceCenterIds, RequestOrigin origin) {
        Set<String> refused = permissions.matrix().notAssignable(roles);
        if (!refused.isEmpty()) {
            throw DomainException.invalidField("roles", "NotAssignable", "cannot be given here: " + refused);
        }
        UUID org = TenantContext.organizationId();
        return transactions.inOrganization(org, () -> {
            User before = load(org, id);
            User changed = before.withRoles(roles, serviceCenterIds, clock.instant());
            OrgAdminGuard.check(before, changed, store.countActiveWithRole(org, PermissionMatrix.ORG_ADMIN));
            User after = store.update(changed);
            log(ActivityType.ROLES_CHANGED, after, origin, Map.of(
                    "rolesBefore", new TreeSet<>(before.roles()), "rolesAfter", new TreeSet<>(after.roles()),
                    "serviceCentersBefore", new TreeSet<>(before.serviceCenterIds()),
                    "serviceCentersAfter", new TreeSet<>(after.serviceCenterIds())));
            events.updated(after);
            return after;
        });
    }

    public User deactivate(UUID id, RequestOrigin origin) {
        UUID org = TenantContext.organizationId();
        return transactions.inOrganization(org, () -> {
            User before = load(org, id);
            User changed = before.deactivated(clock.instant());
            OrgAdminGuard.check(before, changed, store.countActiveWithRole(org, PermissionMatrix.ORG_ADMIN));
            User after = store.update(changed);
            sessions.endAllOf(org, id, null, "account-deactivated");
            log(ActivityType.USER_DEACTIVATED, after, origin, Map.of());
            events.deactivated(after);
            return after;
        });
    }

    public User activate(UUID id, RequestOrigin origin) {
        UUID org = TenantContext.organizationId();
        return transactions.inOrganization(org, () -> {
            User after = store.update(load(org, id).activated(clock.instant()));
            log(ActivityType.USER_ACTIVATED, after, origin, Map.of());
            events.updated(after);
            return after;
        });
    }

    /** Lifts a sign-in lockout of the user's account (the address lockout stays). */
    public User unlock(UUID id, RequestOrigin origin) {
        UUID org = TenantContext.organizationId();
        User user = transactions.inOrganization(org, () -> {
            User found = load(org, id);
            log(ActivityType.ACCOUNT_UNLOCKED, found, origin, Map.of());
            return found;
        });
        throttle.unlock(user.email());
        return user;
    }

    public User me() {
        Caller caller = TenantContext.caller();
        UUID org = ownOrganization(caller);
        return transactions.inOrganization(org, () -> load(org, ownId(caller)));
    }

    public User updateMe(ProfileChange change, RequestOrigin origin) {
        Caller caller = TenantContext.caller();
        UUID org = ownOrganization(caller);
        return transactions.inOrganization(org, () -> {
            User after = store.update(applied(load(org, ownId(caller)), change));
            log(ActivityType.USER_UPDATED, after, origin, Map.of());
            if (!Organization.PLATFORM.equals(org)) {
                events.updated(after);
            }
            return after;
        });
    }

    /** Changes the caller's password and ends every other session of the account. */
    public void changeMyPassword(String currentPassword, String newPassword, UUID currentSession,
                                 RequestOrigin origin) {
        Caller caller = TenantContext.caller();
        UUID org = ownOrganization(caller);
        User user = transactions.inOrganization(org, () -> load(org, ownId(caller)));
        if (!hasher.matches(currentPassword, user.passwordHash())) {
            throw DomainException.invalidField("currentPassword", "Mismatch", "is not the current password");
        }
        accounts.checkPolicy(newPassword, user.email(), "newPassword");
        String hash = hasher.hash(newPassword);
        transactions.runInOrganization(org, () -> {
            User latest = load(org, user.id());
            store.update(latest.withPassword(hash, clock.instant()));
            sessions.endAllOf(org, user.id(), currentSession, "password-changed");
            log(ActivityType.PASSWORD_CHANGED, latest, origin, Map.of());
        });
    }

    private User insert(UUID organizationId, NewUser command, Set<String> roles, RequestOrigin origin) {
        if (!EmailAddress.looksValid(command.email())) {
            throw DomainException.invalidField("email", "Email", "is not an email address");
        }
        String email = EmailAddress.normalize(command.email());
        String hash = null;
        if (command.initialPassword() != null) {
            accounts.checkPolicy(command.initialPassword(), email, "password");
            hash = hasher.hash(command.initialPassword());
        }
        Instant now = clock.instant();
        User user = new User(UUID.randomUUID(), organizationId, email, command.firstName().trim(),
                command.lastName().trim(), blankToNull(command.phone()), blankToNull(command.jobTitle()),
                UserStatus.ACTIVE, roles, command.serviceCenterIds() == null ? Set.of() : command.serviceCenterIds(),
                hash, hash == null ? null : now, null, now, now, 0);
        return transactions.inOrganization(organizationId, () -> {
            store.insert(user);
            if (user.passwordHash() == null) {
                invitations.invite(user);
            }
            if (!Organization.PLATFORM.equals(organizationId)) {
                log(ActivityType.USER_CREATED, user, origin, Map.of("roles", new TreeSet<>(user.roles())));
                events.created(user);
            }
            return user;
        });
    }

    private User load(UUID org, UUID id) {
        return store.find(org, id).orElseThrow(() -> DomainException.notFound("User", id));
    }

    private User applied(User before, ProfileChange change) {
        String email = before.email();
        if (change.email() != null) {
            if (!EmailAddress.looksValid(change.email())) {
                throw DomainException.invalidField("email", "Email", "is not an email address");
            }
            email = EmailAddress.normalize(change.email());
        }
        return before.withProfile(email, orKeep(change.firstName(), before.firstName()),
                orKeep(change.lastName(), before.lastName()),
                change.phone() == null ? before.phone() : blankToNull(change.phone()),
                change.jobTitle() == null ? before.jobTitle() : blankToNull(change.jobTitle()), clock.instant());
    }

    private void log(ActivityType type, User user, RequestOrigin origin, Map<String, Object> details) {
        String actor = TenantContext.current().map(Caller::subject).orElse(null);
        activity.entry(user.organizationId(), type, origin).actor(actor).user(user.id()).details(details).write();
    }

    /** A platform administrator's token has no organization: its account lives in the platform's own. */
    private static UUID ownOrganization(Caller caller) {
        return caller.organizationId() != null ? caller.organizationId() : Organization.PLATFORM;
    }

    private static UUID ownId(Caller caller) {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException e) {
            // a partner client's token: it has no profile
            throw DomainException.notFound("User", caller.subject());
        }
    }

    private static String orKeep(String value, String current) {
        return value == null ? current : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
