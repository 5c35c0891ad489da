package dev.pitlane.inventory.location.application;

public enum LocationType {
    CENTRAL_WAREHOUSE, SERVICE_CENTER_STORE
}
