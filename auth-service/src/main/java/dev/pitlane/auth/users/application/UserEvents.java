package dev.pitlane.auth.users.application;

import dev.pitlane.auth.users.domain.User;

/** The user events other services read (topic auth.user.v1), written in the transaction of the change. */
public interface UserEvents {

    void created(User user);

    void updated(User user);

    void deactivated(User user);
}
