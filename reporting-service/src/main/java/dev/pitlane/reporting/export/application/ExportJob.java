package dev.pitlane.reporting.export.application;

import dev.pitlane.reporting.export.domain.ExportFilters;
import dev.pitlane.reporting.export.domain.ExportFormat;

import java.time.Instant;
import java.util.UUID;

/** An export job and how far it got; {@code downloadUrl} once DONE and until it expires. */
public record ExportJob(UUID id, String report, ExportFormat format, ExportFilters filters, String status,
                        String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt,
                        Instant expiresAt, Long rowsTotal, long rowsWritten, int attempts, Long fileSize,
                        String error, String downloadUrl) {
}
