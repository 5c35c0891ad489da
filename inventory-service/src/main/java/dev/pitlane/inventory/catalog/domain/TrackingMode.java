package dev.pitlane.inventory.catalog.domain;

/** How units of an item are told apart: not at all, by batch (with expiry), or one by one by serial number. */
public enum TrackingMode {
    NONE, BATCH, SERIAL
}
