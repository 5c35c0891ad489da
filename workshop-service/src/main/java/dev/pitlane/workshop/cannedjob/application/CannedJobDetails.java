package dev.pitlane.workshop.cannedjob.application;

import dev.pitlane.workshop.center.domain.BayType;

import java.math.BigDecimal;

public record CannedJobDetails(String name, BigDecimal standardHours, String sac, BayType bayType, String skill,
                               boolean active) {
}
