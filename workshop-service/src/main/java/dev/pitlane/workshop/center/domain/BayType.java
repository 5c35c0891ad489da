package dev.pitlane.workshop.center.domain;

/** What a bay is equipped for; a canned job names the type of bay it needs. */
public enum BayType {
    GENERAL, WASHING, ALIGNMENT, BODY, PAINT, DIAGNOSTICS, EV
}
