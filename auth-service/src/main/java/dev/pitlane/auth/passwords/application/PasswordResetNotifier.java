package dev.pitlane.auth.passwords.application;

import java.time.Instant;

/**
 * Delivers a one-time password token to its owner (email, SMS, ... in an installation; the log in devstack).
 * Called after the token was committed.
 */
public interface PasswordResetNotifier {

    enum Purpose {
        /** The user asked to reset a forgotten password. */
        RESET,
        /** A new user chooses a first password. */
        INVITATION
    }

    /**
     * @param link the frontend's page with the token in it; the token alone for clients that build their own
     */
    record Notice(String email, String firstName, Purpose purpose, String token, String link, Instant expiresAt) {
    }

    void send(Notice notice);
}
