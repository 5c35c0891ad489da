package dev.pitlane.workshop.cannedjob.application;

import dev.pitlane.workshop.cannedjob.persistence.CannedJob;
import dev.pitlane.workshop.center.domain.BayType;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

public record CannedJobView(UUID id, String code, String name, BigDecimal standardHours, String sac,
                            BayType bayType, String skill, boolean active, long version) {

    static CannedJobView of(CannedJob j) {
        return new CannedJobView(j.id(), j.code(), j.name(), j.standardHours(), j.sac(), j.bayType(), j.skill(),
                j.active(), j.version());
    }

    /** How long the job holds a bay and a technician: its standard hours, to the minute. */
    public Duration duration() {
        return Duration.ofMinutes(standardHours.multiply(BigDecimal.valueOf(60))
                .setScale(0, java.math.RoundingMode.CEILING).longValueExact());
    }
}
