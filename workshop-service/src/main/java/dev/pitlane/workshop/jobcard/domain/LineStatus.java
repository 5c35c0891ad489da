package dev.pitlane.workshop.jobcard.domain;

/** OPEN while work on it is to do, DONE when its technician stopped the clock for good, CANCELLED when dropped. */
public enum LineStatus {
    OPEN, DONE, CANCELLED
}
