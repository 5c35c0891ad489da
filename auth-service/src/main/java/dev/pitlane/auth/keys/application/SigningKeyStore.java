package dev.pitlane.auth.keys.application;

import dev.pitlane.auth.keys.domain.KeyRing;

import java.time.Instant;

/** Where the signing keys live: the auth database, or PEM files mounted from a Kubernetes Secret. */
public interface SigningKeyStore {

    /** The current keys; creates the first key when there is none yet. */
    KeyRing load(Instant now);

    /** Retires the active key and makes a new one active. */
    KeyRing rotate(Instant now);

    /** False when the keys are managed outside (files): rotation is then done by replacing the files. */
    boolean rotatable();

    /** Rotates only when the active key is older than the rotation period; safe to call from every replica. */
    KeyRing rotateIfDue(Instant now);
}
