package dev.pitlane.inventory.count.domain;

/** A submitted count sheet is approved (its differences posted) or cancelled, once. */
public enum CountStatus {
    SUBMITTED, APPROVED, CANCELLED;

    public boolean canDecide() {
        return this == SUBMITTED;
    }
}
