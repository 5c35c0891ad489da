package dev.pitlane.auth.users.application;

/** A partial update of a profile: null leaves a field as it is. */
public record ProfileChange(String email, String firstName, String lastName, String phone, String jobTitle) {
}
