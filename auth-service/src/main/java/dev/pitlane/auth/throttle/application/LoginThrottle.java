package dev.pitlane.auth.throttle.application;

import dev.pitlane.auth.config.AuthProperties;
import dev.pitlane.auth.throttle.domain.AttemptCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the large identity providers do against password guessing: an account is locked for a while after a few
 * failures (the email, in every organization at once), and an address that keeps failing is slowed down, each
 * failure past the free ones making it wait twice as long, up to a limit, so it is never shut out for good. A
 * success clears the account's counter but never the address's: an attacker with one valid account must not be
 * able to reset the counter of the address it guesses from. A platform administrator sees and lifts address
 * throttles; an organization's administrator (or a password reset) unlocks an account.
 */
@Service
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";

    private final AttemptCounters counters;
    private final Clock clock;
    private final AttemptCounter.Policy accountPolicy;
    private final AttemptCounter.DelayPolicy addressPolicy;

    public LoginThrottle(AttemptCounters counters, Clock clock, AuthProperties properties) {
        this.counters = counters;
        this.clock = clock;
        AuthProperties.Limit account = properties.lockout().account();
        this.accountPolicy = new AttemptCounter.Policy(account.maxFailures(), account.window(),
                account.lockDuration());
        AuthProperties.AddressLimit address = properties.lockout().address();
        this.addressPolicy = new AttemptCounter.DelayPolicy(address.freeFailures(), address.firstDelay(),
                address.maxDelay(), address.window());
    }

    /** When a sign-in from this address or for this account may be tried again; empty: now. */
    public Optional<Instant> lockedUntil(String address, String email) {
        List<String> keys = new ArrayList<>();
        keys.add(ADDRESS + address);
        if (email != null) {
            keys.add(ACCOUNT + email);
        }
        return counters.lockedUntil(keys, clock.instant());
    }

    /** @return true when this failure locked the account */
    public boolean recordFailure(String address, String email) {
        Instant now = clock.instant();
        counters.update(ADDRESS + address, now, c -> c.afterFailure(now, addressPolicy));
        if (email == null) {
            return false;
        }
        AttemptCounters.Change account = counters.update(ACCOUNT + email, now,
                c -> c.afterFailure(now, accountPolicy));
        return account.after().lockedBy(account.before(), now);
    }

    public void recordSuccess(String email) {
        counters.remove(ACCOUNT + email);
    }

    public void unlock(String email) {
        counters.remove(ACCOUNT + email);
    }

    /** Addresses with failed sign-ins that are not yet forgotten, the most recent first. */
    public List<AddressThrottle> addresses(int limit) {
        Instant now = clock.instant();
        return counters.list(ADDRESS, limit).stream()
                .filter(c -> c.counter().windowStartedAt().plus(addressPolicy.window()).isAfter(now))
                .map(c -> new AddressThrottle(c.key().substring(ADDRESS.length()), c.counter().failures(),
                        c.counter().windowStartedAt(), c.counter().lockedAt(now) ? c.counter().lockedUntil() : null))
                .toList();
    }

    /** Forgets an address's failures, lifting its wait. @return whether the address had any */
    public boolean liftAddress(String address) {
        boolean removed = counters.remove(ADDRESS + address);
        if (removed) {
            log.info("Sign-in throttle of address {} lifted by an administrator", address);
        }
        return removed;
    }

    @Scheduled(fixedDelayString = "${pitlane.auth.housekeeping-interval}",
            initialDelayString = "${pitlane.auth.housekeeping-interval}")
    public void purge() {
        Duration longest = accountPolicy.window().compareTo(addressPolicy.window()) > 0 ? accountPolicy.window()
                : addressPolicy.window();
        counters.purge(clock.instant(), longest);
    }

    /** @param waitUntil null when the address may try again now */
    public record AddressThrottle(String address, int failures, Instant lastFailureAt, Instant waitUntil) {
    }
}
