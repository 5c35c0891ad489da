package dev.pitlane.auth.users.messaging;

import dev.pitlane.auth.users.application.UserEvents;
import dev.pitlane.auth.users.domain.User;
import dev.pitlane.platform.messaging.OutgoingEvent;
import dev.pitlane.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Schemas: contracts/events/auth-service/User*.v1.schema.json. */
@Component
class OutboxUserEvents implements UserEvents {

    static final String TOPIC = "auth.user.v1";

    private final Outbox outbox;

    OutboxUserEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    record UserData(UUID userId, String email, String firstName, String lastName, String jobTitle, String status,
                    List<String> roles, List<UUID> serviceCenterIds, Instant changedAt) {
        static UserData of(User u) {
            return new UserData(u.id(), u.email(), u.firstName(), u.lastName(), u.jobTitle(), u.status().name(),
                    u.roles().stream().sorted().toList(), u.serviceCenterIds().stream().sorted().toList(),
                    u.updatedAt());
        }
    }

    record UserDeactivatedData(UUID userId, Instant deactivatedAt) {
    }

    @Override
    public void created(User user) {
        publish(user, "UserCreated", UserData.of(user));
    }

    @Override
    public void updated(User user) {
        publish(user, "UserUpdated", UserData.of(user));
    }

    @Override
    public void deactivated(User user) {
        publish(user, "UserDeactivated", new UserDeactivatedData(user.id(), user.updatedAt()));
    }

    private void publish(User user, String type, Object data) {
        outbox.append(OutgoingEvent.v1(TOPIC, "User", user.id(), type, data), user.organizationId());
    }
}
