package dev.pitlane.workshop.technician.messaging;

import dev.pitlane.platform.messaging.EventHandler;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import dev.pitlane.workshop.technician.application.TechnicianService;
import dev.pitlane.workshop.technician.application.UserSnapshot;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** auth.user.v1: users with the TECHNICIAN role become (or stop being) the workshop's technicians. */
@Configuration
class UserEventHandlers {

    /** Our reading of UserCreated and UserUpdated (the same shape): only the fields the workshop keeps. */
    record UserChanged(UUID userId, String email, String firstName, String lastName, String status,
                       Set<String> roles, Set<UUID> serviceCenterIds, Instant changedAt) {

        UserSnapshot snapshot(String eventId) {
            if (userId == null || email == null || roles == null || changedAt == null) {
                throw new PoisonEventException("User event " + eventId + " lacks userId, email, roles or changedAt");
            }
            return new UserSnapshot(userId, email, firstName == null ? "" : firstName,
                    lastName == null ? "" : lastName, "ACTIVE".equals(status), roles,
                    serviceCenterIds == null ? Set.of() : serviceCenterIds, changedAt);
        }
    }

    record UserDeactivated(UUID userId, Instant deactivatedAt) {
    }

    @Bean
    EventHandler<UserChanged> userCreated(TechnicianService technicians) {
        return changed("UserCreated", technicians);
    }

    @Bean
    EventHandler<UserChanged> userUpdated(TechnicianService technicians) {
        return changed("UserUpdated", technicians);
    }

    @Bean
    EventHandler<UserDeactivated> userDeactivated(TechnicianService technicians) {
        return new EventHandler<>() {
            @Override
            public String eventType() {
                return "UserDeactivated";
            }

            @Override
            public Class<UserDeactivated> payloadType() {
                return UserDeactivated.class;
            }

            @Override
            public void handle(UserDeactivated event, EventMetadata metadata) {
                if (event.userId() == null || event.deactivatedAt() == null) {
                    throw new PoisonEventException("UserDeactivated " + metadata.eventId() + " lacks its fields");
                }
                technicians.onDeactivated(event.userId(), event.deactivatedAt());
            }
        };
    }

    private static EventHandler<UserChanged> changed(String type, TechnicianService technicians) {
        return new EventHandler<>() {
            @Override
            public String eventType() {
                return type;
            }

            @Override
            public Class<UserChanged> payloadType() {
                return UserChanged.class;
            }

            @Override
            public void handle(UserChanged event, EventMetadata metadata) {
                technicians.onUser(event.snapshot(String.valueOf(metadata.eventId())));
            }
        };
    }
}
