package dev.pitlane.auth.tokens.application;

import java.time.Instant;

/** Too many failed attempts for the account or from the address: try again after {@link #until()}. */
public class SignInLocked extends RuntimeException {

    private final Instant until;

    public SignInLocked(Instant until) {
        super("Too many failed sign-in attempts; try again later");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
