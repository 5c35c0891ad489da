package dev.pitlane.workshop.center.application;

import dev.pitlane.workshop.center.domain.BayType;
import dev.pitlane.workshop.center.persistence.Bay;

import java.util.UUID;

public record BayView(UUID id, UUID serviceCenterId, String code, BayType type, boolean active, long version) {

    static BayView of(Bay b) {
        return new BayView(b.id(), b.serviceCenterId(), b.code(), b.type(), b.active(), b.version());
    }
}
