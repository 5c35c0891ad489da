package dev.pitlane.inventory.stock.domain;

public enum ValuationMethod {
    MOVING_AVERAGE, FIFO
}
