package dev.pitlane.workshop.jobcard.domain;

public enum FuelLevel {
    EMPTY, QUARTER, HALF, THREE_QUARTERS, FULL
}
