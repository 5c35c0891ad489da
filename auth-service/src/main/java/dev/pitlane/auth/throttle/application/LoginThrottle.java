package dev.pitlane.auth.throttle.application;

import dev.pitlane.auth.config.AuthProperties;
import dev.pitlane.auth.throttle.domain.AttemptCounter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Temporary lockout after repeated failed sign-ins, per account (the email, in every organization at once) and
 * per source address. A success clears the account's counter but never the address's: an attacker with one
 * valid account must not be able to reset the counter of the address it guesses from.
 */
@Service
public class LoginThrottle {

    private final AttemptCounters counters;
    private final Clock clock;
    private final AttemptCounter.Policy accountPolicy;
    private final AttemptCounter.Policy addressPolicy;

    public LoginThrottle(AttemptCounters counters, Clock clock, AuthProperties properties) {
        this.counters = counters;
        this.clock = clock;
        this.accountPolicy = policy(properties.lockout().account());
        this.addressPolicy = policy(properties.lockout().address());
    }

    /** When a sign-in from this address or for this account may be tried again; empty: now. */
    public Optional<Instant> lockedUntil(String address, String email) {
        List<String> keys = new ArrayList<>();
        keys.add(addressKey(address));
        if (email != null) {
            keys.add(accountKey(email));
        }
        return counters.lockedUntil(keys, clock.instant());
    }

    /** @return true when this failure locked the account */
    public boolean recordFailure(String address, String email) {
        Instant now = clock.instant();
        counters.update(addressKey(address), now, c -> c.afterFailure(now, addressPolicy));
        if (email == null) {
            return false;
        }
        AttemptCounters.Change account = counters.update(accountKey(email), now,
                c -> c.afterFailure(now, accountPolicy));
        return account.after().lockedBy(account.before(), now);
    }

    public void recordSuccess(String email) {
        counters.remove(accountKey(email));
    }

    public void unlock(String email) {
        counters.remove(accountKey(email));
    }

    @Scheduled(fixedDelayString = "${pitlane.auth.housekeeping-interval}",
            initialDelayString = "${pitlane.auth.housekeeping-interval}")
    public void purge() {
        Duration longest = accountPolicy.window().compareTo(addressPolicy.window()) > 0 ? accountPolicy.window()
                : addressPolicy.window();
        counters.purge(clock.instant(), longest);
    }

    private static String accountKey(String email) {
        return "account:" + email;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static AttemptCounter.Policy policy(AuthProperties.Limit limit) {
        return new AttemptCounter.Policy(limit.maxFailures(), limit.window(), limit.lockDuration());
    }
}
