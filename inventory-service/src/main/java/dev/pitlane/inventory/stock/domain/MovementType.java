package dev.pitlane.inventory.stock.domain;

public enum MovementType {
    IN, OUT, TRANSFER, ADJUSTMENT
}
