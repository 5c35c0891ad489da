package dev.pitlane.auth.access.domain;

/** @param tenant false for a platform permission, which no organization's user or client can hold */
public record PermissionDefinition(String name, String description, boolean tenant) {
}
