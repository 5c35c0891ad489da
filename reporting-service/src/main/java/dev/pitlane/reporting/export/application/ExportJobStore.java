package dev.pitlane.reporting.export.application;

import dev.pitlane.platform.web.PageQuery;
import dev.pitlane.platform.web.PageResponse;
import dev.pitlane.reporting.export.domain.ExportFilters;
import dev.pitlane.reporting.export.domain.ExportFormat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The export jobs of the current organization. */
public interface ExportJobStore {

    /** An expired file somewhere, for the clean-up that runs once for the whole cluster. */
    record Expired(UUID organizationId, UUID jobId) {
    }

    void create(UUID id, String report, ExportFormat format, ExportFilters filters, String requestedBy, Instant at);

    Optional<ExportJob> find(UUID id);

    Optional<String> fileKey(UUID id);

    PageResponse<ExportJob> page(PageQuery page);

    void started(UUID id, long rowsTotal);

    void progress(UUID id, long rowsWritten);

    void done(UUID id, String fileKey, long fileSize, long rowsWritten, Instant expiresAt);

    /** A failed attempt: QUEUED again for the scheduler's retry, or FAILED when it was the last. */
    void failed(UUID id, String error, boolean last);

    void expired(UUID id);

    List<Expired> expiredEverywhere(int limit);
}
