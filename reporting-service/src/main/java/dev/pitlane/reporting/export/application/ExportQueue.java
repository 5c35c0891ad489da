package dev.pitlane.reporting.export.application;

import java.util.UUID;

/** Hands an export job to the cluster-safe scheduler, in the caller's transaction (so a rolled-back job never runs). */
public interface ExportQueue {

    void enqueue(UUID organizationId, UUID jobId);
}
