package dev.pitlane.auth.organizations.domain;

public enum OrganizationStatus {
    ACTIVE,
    /** Its users cannot sign in, its sessions end at their next refresh, its clients get no tokens. */
    SUSPENDED
}
