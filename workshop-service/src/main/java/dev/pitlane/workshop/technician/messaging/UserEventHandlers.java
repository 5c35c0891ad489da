package dev.pitlane.workshop.technician.messaging;

import dev.pitlane.platform.messaging.EventHandlers;
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
@Configuration(proxyBeanMethods = false)
class UserEventHandlers {

    /** Our reading of UserCreated and UserUpdated (the same shape): only the fields the workshop keeps. */
    record UserChanged(UUID userId, String email, String firstName, String lastName, String status,
                       Set<String> roles, Set<UUID> serviceCenterIds, Instant changedAt) {
    }

    record UserDeactivated(UUID userId, Instant deactivatedAt) {
    }

    private final TechnicianService technicians;

    UserEventHandlers(TechnicianService technicians) {
        this.technicians = technicians;
    }

    @Bean
    EventHandlers technicianHandlers() {
        return EventHandlers.forTopic("auth.user.v1")
                .on("UserCreated", UserChanged.class, this::changed)
                .on("UserUpdated", UserChanged.class, this::changed)
                .on("UserDeactivated", UserDeactivated.class, this::deactivated)
                .build();
    }

    private void changed(UserChanged u, EventMetadata metadata) {
        if (u.userId() == null || u.email() == null || u.roles() == null || u.changedAt() == null) {
            throw new PoisonEventException("User event " + metadata.eventId()
                    + " lacks userId, email, roles or changedAt");
        }
        technicians.onUser(new UserSnapshot(u.userId(), u.email(), u.firstName() == null ? "" : u.firstName(),
                u.lastName() == null ? "" : u.lastName(), "ACTIVE".equals(u.status()), u.roles(),
                u.serviceCenterIds() == null ? Set.of() : u.serviceCenterIds(), u.changedAt()));
    }

    private void deactivated(UserDeactivated event, EventMetadata metadata) {
        if (event.userId() == null || event.deactivatedAt() == null) {
            throw new PoisonEventException("UserDeactivated " + metadata.eventId() + " lacks its fields");
        }
        technicians.onDeactivated(event.userId(), event.deactivatedAt());
    }
}
