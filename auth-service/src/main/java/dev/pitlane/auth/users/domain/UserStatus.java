package dev.pitlane.auth.users.domain;

public enum UserStatus {
    ACTIVE,
    /** Cannot sign in; sessions are revoked. Users are deactivated rather than deleted: the log still names them. */
    INACTIVE
}
