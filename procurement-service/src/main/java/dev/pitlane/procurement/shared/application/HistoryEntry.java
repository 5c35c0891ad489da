package dev.pitlane.procurement.shared.application;

import java.time.Instant;

/** One status change of a document, as its history shows it. */
public record HistoryEntry(String fromStatus, String toStatus, String actor, String note, Instant at) {
}
