package dev.pitlane.procurement.partsissue.domain;

/** What inventory's answer did to the issue; anything but APPLIED changed nothing. */
public enum ReservationOutcome {
    APPLIED,
    /** The same answer again (another event id, same reservation): already applied. */
    ALREADY_APPLIED,
    /** The issue was cancelled while inventory was reserving; inventory releases on PartsIssueCancelled. */
    ARRIVED_AFTER_CANCELLATION,
    /** Any other status: the answer no longer fits (e.g. a second answer after the first). */
    IGNORED
}
