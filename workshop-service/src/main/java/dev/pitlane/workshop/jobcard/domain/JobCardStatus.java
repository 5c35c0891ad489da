package dev.pitlane.workshop.jobcard.domain;

/** Where a job card is in the workshop; it changes only through a {@link JobCardAction}. */
public enum JobCardStatus {
    OPEN, IN_INSPECTION, AWAITING_APPROVAL, APPROVED, IN_PROGRESS, WAITING_FOR_PARTS, QUALITY_CHECK,
    READY_FOR_DELIVERY, DELIVERED, CLOSED, CANCELLED;

    /** The vehicle is with the workshop (its status in customer-service is "in service"). */
    public boolean isActive() {
        return this != DELIVERED && this != CLOSED && this != CANCELLED;
    }
}
