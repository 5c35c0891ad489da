package dev.pitlane.auth.tokens.application;

import dev.pitlane.auth.config.AuthProperties;
import dev.pitlane.auth.shared.domain.OpaqueToken;
import dev.pitlane.auth.tokens.domain.RefreshToken;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Sessions as refresh-token families. Every method runs in the caller's organization transaction. */
@Service
public class Sessions {

    private final RefreshTokenStore store;
    private final Clock clock;
    private final Duration idle;
    private final Duration maxAge;

    public Sessions(RefreshTokenStore store, Clock clock, AuthProperties properties) {
        this.store = store;
        this.clock = clock;
        this.idle = properties.refreshTokenTtl();
        this.maxAge = properties.sessionMaxAge();
    }

    /** A refresh token as handed to the client: the only time its value exists outside the client. */
    public record Handed(String value, RefreshToken token) {
    }

    public Handed open(UUID organizationId, UUID userId) {
        return hand(RefreshToken.first(organizationId, userId, clock.instant(), idle, maxAge));
    }

    Handed replace(RefreshToken used) {
        store.markUsed(used.organizationId(), used.id(), clock.instant());
        return hand(used.successor(clock.instant(), idle));
    }

    /** Ends every session of a user but the one given (null: all of them). */
    public void endAllOf(UUID organizationId, UUID userId, UUID except, String reason) {
        store.revokeUser(organizationId, userId, except, clock.instant(), reason);
    }

    void endFamily(RefreshToken token, String reason) {
        store.revokeFamily(token.organizationId(), token.familyId(), clock.instant(), reason);
    }

    /** Drops ended sessions (and lapsed reset tokens) of every organization: they can never be used again. */
    @Scheduled(fixedDelayString = "${pitlane.auth.housekeeping-interval}",
            initialDelayString = "${pitlane.auth.housekeeping-interval}")
    public void purge() {
        store.purgeEnded(clock.instant());
    }

    private Handed hand(RefreshToken token) {
        String value = OpaqueToken.generate();
        store.insert(token, OpaqueToken.hash(value));
        return new Handed(value, token);
    }
}
