package dev.pitlane.auth.users.application;

import dev.pitlane.auth.passwords.application.PasswordHasher;
import dev.pitlane.auth.passwords.domain.PasswordPolicy;
import dev.pitlane.auth.users.domain.EmailAddress;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.platform.domain.DomainException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts as sign-in, refresh and password reset see them: found by email before any organization is known,
 * checked against a password, given a new one. Runs inside the caller's organization transaction.
 */
@Service
public class UserAccounts {

    private final UserStore store;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Clock clock;

    public UserAccounts(UserStore store, PasswordHasher hasher, PasswordPolicy policy, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.policy = policy;
        this.clock = clock;
    }

    /** Organizations where this email has an account, in a stable order. */
    public List<UUID> organizationsWithEmail(String email) {
        return store.organizationsWithEmail(EmailAddress.normalize(email));
    }

    public Optional<User> findByEmail(UUID organizationId, String email) {
        return store.findByEmail(organizationId, EmailAddress.normalize(email));
    }

    public Optional<User> find(UUID organizationId, UUID userId) {
        return store.find(organizationId, userId);
    }

    public long countActiveWithRole(UUID organizationId, String role) {
        return store.countActiveWithRole(organizationId, role);
    }

    /** Stores the sign-in time, and a stronger hash of the password when the settings were raised since. */
    public void recordLogin(User user, String password) {
        String upgraded = hasher.needsUpgrade(user.passwordHash()) ? hasher.hash(password) : null;
        store.recordLogin(user.organizationId(), user.id(), clock.instant(), upgraded);
    }

    /** Checks the password against the policy (400 naming {@code field} otherwise) and stores its hash. */
    public User setPassword(User user, String password, String field) {
        checkPolicy(password, user.email(), field);
        Instant now = clock.instant();
        return store.update(user.withPassword(hasher.hash(password), now));
    }

    public void checkPolicy(String password, String email, String field) {
        List<String> problems = policy.problems(password, email);
        if (!problems.isEmpty()) {
            throw DomainException.invalidField(field, "WeakPassword", String.join("; ", problems));
        }
    }
}
