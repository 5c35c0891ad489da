package dev.pitlane.auth.users.application;

import java.util.Set;
import java.util.UUID;

/** @param initialPassword null: the user is invited to choose one (a token goes out through the notifier) */
public record NewUser(String email, String firstName, String lastName, String phone, String jobTitle,
                      Set<String> roles, Set<UUID> serviceCenterIds, String initialPassword) {
}
