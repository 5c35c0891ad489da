package dev.pitlane.customer.vehicle.messaging;

import dev.pitlane.customer.vehicle.application.VehicleService;
import dev.pitlane.customer.vehicle.domain.VehicleStatus;
import dev.pitlane.platform.messaging.EventHandlers;
import dev.pitlane.platform.messaging.EventMetadata;
import dev.pitlane.platform.messaging.PoisonEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.UUID;

/**
 * workshop.job-card.v1 moves the vehicle's status: a job card opened → IN_SERVICE; ready for delivery →
 * READY_FOR_DELIVERY; delivered or cancelled → ACTIVE again. Other steps leave it in service.
 */
@Configuration(proxyBeanMethods = false)
class JobCardStatusHandlers {

    /** Our reading of JobCardOpened: only the vehicle. */
    record JobCardOpened(UUID jobCardId, UUID vehicleId) {
    }

    /** Our reading of JobCardStatusChanged: the vehicle and where the card went. */
    record JobCardStatusChanged(UUID jobCardId, UUID vehicleId, String to) {
    }

    private final VehicleService vehicles;

    JobCardStatusHandlers(VehicleService vehicles) {
        this.vehicles = vehicles;
    }

    @Bean
    EventHandlers vehicleStatusHandlers() {
        return EventHandlers.forTopic("workshop.job-card.v1")
                .on("JobCardOpened", JobCardOpened.class, this::opened)
                .on("JobCardStatusChanged", JobCardStatusChanged.class, this::changed)
                .build();
    }

    private void opened(JobCardOpened event, EventMetadata metadata) {
        if (event.vehicleId() == null) {
            throw new PoisonEventException("JobCardOpened " + metadata.eventId() + " names no vehicle");
        }
        vehicles.followWorkshop(event.vehicleId(), VehicleStatus.IN_SERVICE);
    }

    private void changed(JobCardStatusChanged event, EventMetadata metadata) {
        if (event.vehicleId() == null || event.to() == null) {
            throw new PoisonEventException("JobCardStatusChanged " + metadata.eventId() + " lacks vehicleId or to");
        }
        switch (event.to()) {
            case "READY_FOR_DELIVERY" -> vehicles.followWorkshop(event.vehicleId(), VehicleStatus.READY_FOR_DELIVERY);
            case "DELIVERED", "CANCELLED" -> vehicles.followWorkshop(event.vehicleId(), VehicleStatus.ACTIVE);
            default -> {
                // still with the workshop: the vehicle stays in service
            }
        }
    }
}
